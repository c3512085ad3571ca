-- $1 email, $2 password hash, $3 display name, $4 language, $5 whether the account is the instance's first
-- administrator: an administrator whose address counts as confirmed, for whoever holds the set-up code from the
-- server's log runs the instance. Nothing when the address is taken (a sign-up must not tell the difference to the
-- client).
INSERT INTO users (email, password_hash, display_name, language, is_admin, email_verified_at)
VALUES ($1, $2, $3, $4, $5, CASE WHEN $5 THEN now() END)
ON CONFLICT (email) DO NOTHING
RETURNING id;
