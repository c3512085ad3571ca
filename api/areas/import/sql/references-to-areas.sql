-- What refers to each of the areas ($1: json array of {level, code}): an area the file lacks, or a retired one, is
-- kept so that these still resolve.
SELECT m.level, m.code,
       (SELECT count(*) FROM agendas a WHERE a.buurt_code = m.code OR a.wijk_code = m.code)::integer AS agendas,
       (SELECT count(*) FROM survey_rounds r WHERE r.area_code = m.code)::integer AS survey_rounds,
       (SELECT count(*) FROM survey_answers s WHERE s.buurt_code = m.code)::integer AS survey_answers,
       (SELECT count(*) FROM connector_areas c WHERE c.buurt_code = m.code OR c.wijk_code = m.code)::integer AS connector_grants
FROM json_to_recordset($1::json) AS m (level text, code text)
ORDER BY m.code;
