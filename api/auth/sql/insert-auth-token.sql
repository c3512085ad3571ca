-- $1 token hash, $2 user, $3 purpose, $4 lifetime in seconds; answers when it expires (the mail with it expires then too)
INSERT INTO auth_tokens (token_hash, user_id, purpose, expires_at)
VALUES ($1, $2, $3, now() + make_interval(secs => $4))
RETURNING expires_at;
