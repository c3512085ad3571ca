-- Every wijk's and the municipality's indicator values: the CBS figures of 2024, the asset kompas computed now, and the
-- residents' grades in the latest municipality-wide survey round.
SELECT area_type, area_code, indicator_key, value::float8 AS value, year FROM cbs_indicator_values WHERE year = 2024
UNION ALL
SELECT area_type, area_code, indicator_key, value::float8, year FROM asset_indicator_values
UNION ALL
SELECT area_type, area_code, indicator_key, value::float8, year FROM judgement_indicator_values;
