-- The indicator values of every area of kind $1 ('buurt' or 'wijk') in municipality $2, and of that municipality:
-- the CBS figures of the latest year loaded for it (a buurt's where the file gave buurt figures) and the asset kompas
-- computed now, with the number of things each of its values rests on (count; null for a CBS figure). Each area
-- is compared with its own municipality only, never with a pool of several. The residents' grades come from the
-- survey's own disclosure rule (profile.repository.ts).
WITH latest AS (
  SELECT max(f.year) AS year FROM wijk_key_figures f JOIN wijken w ON w.code = f.wijk_code WHERE w.municipality_code = $2
),
-- The current areas: a retired one is on no choropleth.
members AS (
  SELECT code FROM buurten WHERE $1 = 'buurt' AND municipality_code = $2 AND retired_at IS NULL
  UNION ALL
  SELECT code FROM wijken WHERE $1 = 'wijk' AND municipality_code = $2 AND retired_at IS NULL
)
SELECT area_type, area_code, indicator_key, value, year, count
FROM (
  SELECT area_type, area_code, indicator_key, value::float8 AS value, year, NULL::integer AS count FROM cbs_indicator_values
  WHERE year = (SELECT year FROM latest)
  UNION ALL
  SELECT area_type, area_code, indicator_key, value::float8, year, count FROM asset_indicator_values
) v
WHERE (area_type = $1 AND area_code IN (SELECT code FROM members))
   OR (area_type = 'municipality' AND area_code = $2);
