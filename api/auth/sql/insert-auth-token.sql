-- $1 token hash, $2 user, $3 purpose, $4 lifetime in seconds
INSERT INTO auth_tokens (token_hash, user_id, purpose, expires_at)
VALUES ($1, $2, $3, now() + make_interval(secs => $4));
