-- One answer per resident per round: a second one inserts nothing.
INSERT INTO survey_answers (round_id, user_id, buurt_code, physical, social, nuisance, safety, overall, trend, comment)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
ON CONFLICT (round_id, user_id) DO NOTHING
RETURNING round_id;
