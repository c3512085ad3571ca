-- Hides ($3 true) or shows observation $1, by $2 for reason $4, and writes the audit trail in the same statement.
WITH changed AS (
  UPDATE observations
  SET hidden_at = CASE WHEN $3 THEN now() END, hidden_by = CASE WHEN $3 THEN $2::uuid END, hidden_reason = CASE WHEN $3 THEN $4 END
  WHERE id = $1
  RETURNING id
)
INSERT INTO moderation_log (observation_id, actor_id, action, reason)
SELECT id, $2, CASE WHEN $3 THEN 'hidden' ELSE 'shown' END, $4 FROM changed;
