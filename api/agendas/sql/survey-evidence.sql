-- Survey rounds $1's answers from the buurten of agenda $2: per round, how many, and the mean overall grade.
SELECT r.id AS round_id, count(a.*)::int AS answers, round(avg(a.overall), 1)::float8 AS overall
FROM unnest($1::uuid[]) AS r (id)
LEFT JOIN survey_answers a ON a.round_id = r.id AND a.buurt_code IN (SELECT agenda_buurt_codes($2))
GROUP BY r.id;
