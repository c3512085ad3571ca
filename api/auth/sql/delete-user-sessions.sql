-- Ends every session of an account ($2: one to keep, or NULL for all).
DELETE FROM sessions WHERE user_id = $1 AND ($2::text IS NULL OR id_hash <> $2);
