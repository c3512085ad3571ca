-- Survey round $1's answers from the buurten of agenda $2: how many, and the mean overall grade.
SELECT count(*)::int AS answers, round(avg(a.overall), 1)::float8 AS overall
FROM survey_answers a
WHERE a.round_id = $1 AND a.buurt_code IN (SELECT agenda_buurt_codes($2));
