-- Uses unsubscribe token $1 at $2, once: the person and kind, or no row when it is unknown, used or expired.
UPDATE unsubscribe_tokens SET used_at = $2
WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
RETURNING user_id, kind;
