-- Up Migration

-- The residents' grades in the kompas now come from the survey's own disclosure rule (api/shared/survey-disclosure.ts),
-- which also hides a cell when a hidden one could be worked out from it by subtraction; this view only knew the
-- threshold per area, so it goes rather than stay as a second, weaker rule.
DROP VIEW judgement_indicator_values;

-- Down Migration

CREATE VIEW judgement_indicator_values AS
WITH latest AS (
  SELECT DISTINCT ON (r.area_code) r.id, r.area_code AS municipality_code, r.opens_at
  FROM survey_rounds r
  WHERE r.area_type = 'municipality' AND r.opens_at <= now()
  ORDER BY r.area_code, r.opens_at DESC
),
grouped AS (
  SELECT CASE WHEN GROUPING(b.code) = 0 THEN 'buurt' WHEN GROUPING(b.wijk_code) = 0 THEN 'wijk' ELSE 'municipality' END AS area_type,
         CASE WHEN GROUPING(b.code) = 0 THEN b.code WHEN GROUPING(b.wijk_code) = 0 THEN b.wijk_code ELSE l.municipality_code END AS area_code,
         min(l.opens_at) AS opens_at, count(*) AS n,
         avg(a.physical) AS physical, avg(a.social) AS social, avg(a.nuisance) AS nuisance, avg(a.safety) AS safety, avg(a.overall) AS overall
  FROM latest l JOIN survey_answers a ON a.round_id = l.id JOIN buurten b ON b.code = a.buurt_code
  GROUP BY GROUPING SETS ((l.municipality_code, b.wijk_code, b.code), (l.municipality_code, b.wijk_code), (l.municipality_code))
)
SELECT g.area_type, g.area_code, v.indicator_key, extract(year FROM g.opens_at)::integer AS year, round(v.value, 2) AS value,
       NULL::text AS source
FROM grouped g
CROSS JOIN LATERAL (VALUES
  ('grade-physical', g.physical), ('grade-social', g.social), ('grade-nuisance', g.nuisance),
  ('grade-safety', g.safety), ('grade-overall', g.overall)
) AS v (indicator_key, value)
WHERE g.n >= 5;

