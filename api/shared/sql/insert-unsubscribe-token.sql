-- An unsubscribe link's token (hashed) for person $2 and kind $3, made at $4, valid until $5.
INSERT INTO unsubscribe_tokens (token_hash, user_id, kind, created_at, expires_at)
VALUES ($1, $2, $3, $4, $5);
