-- Marks the notifications of $1 read: those about introduction $2, or all when $2 is NULL.
UPDATE notifications SET read_at = now()
WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid IS NULL OR introduction_id = $2);
