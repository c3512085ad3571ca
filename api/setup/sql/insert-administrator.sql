-- $1 email, $2 password hash, $3 display name, $4 language. The address counts as confirmed: whoever holds the
-- set-up code from the server's log runs the instance. Nothing when the address is taken.
INSERT INTO users (email, password_hash, display_name, language, is_admin, email_verified_at)
VALUES ($1, $2, $3, $4, true, now())
ON CONFLICT (email) DO NOTHING
RETURNING id;
