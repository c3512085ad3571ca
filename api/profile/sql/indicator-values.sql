-- The indicator values of every area of kind $1 ('buurt' or 'wijk') and of the municipalities: the CBS figures of
-- 2024 (wijken only: CBS publishes no buurt figures), the asset kompas computed now, and the residents' grades in the
-- latest municipality-wide survey round.
SELECT area_type, area_code, indicator_key, value, year
FROM (
  SELECT area_type, area_code, indicator_key, value::float8 AS value, year FROM cbs_indicator_values WHERE year = 2024
  UNION ALL
  SELECT area_type, area_code, indicator_key, value::float8, year FROM asset_indicator_values
  UNION ALL
  SELECT area_type, area_code, indicator_key, value::float8, year FROM judgement_indicator_values
) v
WHERE area_type IN ($1, 'municipality');
