-- Every wijk's and the municipality's indicator values: the CBS figures of 2024 and the asset kompas computed now.
SELECT area_type, area_code, indicator_key, value::float8 AS value, year FROM cbs_indicator_values WHERE year = 2024
UNION ALL
SELECT area_type, area_code, indicator_key, value::float8, year FROM asset_indicator_values;
