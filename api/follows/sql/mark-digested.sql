UPDATE buurt_follows SET last_digest_at = $2 WHERE user_id = $1 AND buurt_code = ANY ($3::text[]);
