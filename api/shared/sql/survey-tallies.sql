-- The answers of survey rounds $1 counted per buurt: how many, the sum of each grade, the trend and the comments.
-- Raw material only: survey-disclosure.ts decides which of these may be shown, alone or added up.
SELECT a.round_id, b.code AS buurt_code, b.name AS buurt_name, w.code AS wijk_code, w.name AS wijk_name, w.municipality_code,
       count(*)::integer AS responses,
       sum(a.physical)::integer AS physical, sum(a.social)::integer AS social, sum(a.nuisance)::integer AS nuisance,
       sum(a.safety)::integer AS safety, sum(a.overall)::integer AS overall,
       count(*) FILTER (WHERE a.trend = 'better')::integer AS better, count(*) FILTER (WHERE a.trend = 'worse')::integer AS worse,
       coalesce(array_agg(a.comment ORDER BY a.answered_at) FILTER (WHERE a.comment <> ''), '{}') AS comments
FROM survey_answers a JOIN buurten b ON b.code = a.buurt_code JOIN wijken w ON w.code = b.wijk_code
WHERE a.round_id = ANY ($1::uuid[])
GROUP BY a.round_id, b.code, b.name, w.code, w.name, w.municipality_code
ORDER BY w.name, b.name;
