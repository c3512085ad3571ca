-- Up Migration

-- The residents' judgement in the kompas (issue 6): each wijk's mean grades in the latest survey round of its whole
-- municipality (so every wijk is compared on the same round), only from 5 answers in the wijk (below that the result
-- is hidden: the same threshold as api/surveys/surveys.service.ts RESULT_THRESHOLDS.hidden).
CREATE VIEW judgement_indicator_values AS
WITH latest AS (
  SELECT DISTINCT ON (r.area_code) r.id, r.area_code AS municipality_code, r.opens_at
  FROM survey_rounds r
  WHERE r.area_type = 'municipality' AND r.opens_at <= now()
  ORDER BY r.area_code, r.opens_at DESC
),
answers AS (
  SELECT l.municipality_code, l.opens_at, b.wijk_code, a.*
  FROM latest l JOIN survey_answers a ON a.round_id = l.id JOIN buurten b ON b.code = a.buurt_code
),
grouped AS (
  SELECT 'wijk' AS area_type, wijk_code AS area_code, min(opens_at) AS opens_at, count(*) AS n,
         avg(physical) AS physical, avg(social) AS social, avg(nuisance) AS nuisance, avg(safety) AS safety, avg(overall) AS overall
  FROM answers GROUP BY wijk_code
  UNION ALL
  SELECT 'municipality', municipality_code, min(opens_at), count(*),
         avg(physical), avg(social), avg(nuisance), avg(safety), avg(overall)
  FROM answers GROUP BY municipality_code
)
SELECT g.area_type, g.area_code, v.indicator_key, extract(year FROM g.opens_at)::integer AS year, round(v.value, 2) AS value,
       NULL::text AS source
FROM grouped g
CROSS JOIN LATERAL (VALUES
  ('grade-physical', g.physical), ('grade-social', g.social), ('grade-nuisance', g.nuisance),
  ('grade-safety', g.safety), ('grade-overall', g.overall)
) AS v (indicator_key, value)
WHERE g.n >= 5;

-- Down Migration

DROP VIEW judgement_indicator_values;
