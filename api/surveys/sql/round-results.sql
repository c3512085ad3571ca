-- The results of round $1 per buurt and per wijk: responses and mean grades, the trend, and the comments (returned only
-- for groups the service may show). $2: the round before it for the same area, to compare with (NULL: none).
WITH answers AS (
  SELECT a.*, b.wijk_code, b.name AS buurt_name, w.name AS wijk_name
  FROM survey_answers a JOIN buurten b ON b.code = a.buurt_code JOIN wijken w ON w.code = b.wijk_code
  WHERE a.round_id = ANY (ARRAY[$1::uuid, $2::uuid])
)
SELECT round_id, area_type, area_code, name, count(*)::integer AS responses,
       avg(physical)::float8 AS physical, avg(social)::float8 AS social, avg(nuisance)::float8 AS nuisance,
       avg(safety)::float8 AS safety, avg(overall)::float8 AS overall,
       count(*) FILTER (WHERE trend = 'better')::integer AS better, count(*) FILTER (WHERE trend = 'worse')::integer AS worse,
       array_agg(comment ORDER BY answered_at) FILTER (WHERE comment <> '') AS comments
FROM (
  SELECT round_id, 'buurt' AS area_type, buurt_code AS area_code, buurt_name AS name, physical, social, nuisance, safety, overall, trend, comment, answered_at FROM answers
  UNION ALL
  SELECT round_id, 'wijk', wijk_code, wijk_name, physical, social, nuisance, safety, overall, trend, comment, answered_at FROM answers
) g
GROUP BY round_id, area_type, area_code, name
ORDER BY area_type DESC, name;
