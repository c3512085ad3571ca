INSERT INTO observation_reports (observation_id, reporter_id, reason, note)
SELECT o.id, $2, $3, $4 FROM observations o WHERE o.id = $1 AND o.hidden_at IS NULL
RETURNING id;
