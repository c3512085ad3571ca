-- $1 id hash, $2 user (or NULL), $3 data, $4 user agent, $5 expiry
INSERT INTO sessions (id_hash, user_id, data, user_agent, expires_at)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (id_hash) DO UPDATE
SET user_id = excluded.user_id, data = excluded.data, user_agent = excluded.user_agent, expires_at = excluded.expires_at;
