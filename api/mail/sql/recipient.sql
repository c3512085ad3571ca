-- Where and how to write to person $1: only a confirmed address is written to.
SELECT email, display_name, language, email_verified_at IS NOT NULL AS verified FROM users WHERE id = $1;
