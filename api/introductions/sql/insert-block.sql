-- Blocks $2 for $1 (again is fine). Nothing when $2 is no account.
INSERT INTO user_blocks (blocker_id, blocked_id)
SELECT $1, u.id FROM users u WHERE u.id = $2
ON CONFLICT DO NOTHING
RETURNING blocked_id;
