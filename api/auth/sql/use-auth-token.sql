-- Marks a link used, once: a second use, an expired link or one for another purpose returns nothing.
UPDATE auth_tokens
SET used_at = now()
WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
RETURNING user_id;
