-- $1 email, $2 password hash, $3 display name, $4 language. Nothing when the address is taken (the caller must not
-- tell the difference to the client).
INSERT INTO users (email, password_hash, display_name, language)
VALUES ($1, $2, $3, $4)
ON CONFLICT (email) DO NOTHING
RETURNING id;
