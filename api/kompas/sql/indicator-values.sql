-- The indicator values of every area of kind $1 ('buurt' or 'wijk') and of the municipalities: the CBS figures of
-- 2024 (wijken only: CBS publishes no buurt figures) and the asset kompas computed now. The residents' grades come
-- from the survey's own disclosure rule (profile.repository.ts).
SELECT area_type, area_code, indicator_key, value, year
FROM (
  SELECT area_type, area_code, indicator_key, value::float8 AS value, year FROM cbs_indicator_values WHERE year = 2024
  UNION ALL
  SELECT area_type, area_code, indicator_key, value::float8, year FROM asset_indicator_values
) v
WHERE area_type IN ($1, 'municipality');
