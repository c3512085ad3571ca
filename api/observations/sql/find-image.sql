-- The photo ($2 = 'photo') or thumbnail of a visible observation $1.
SELECT CASE WHEN $2 = 'photo' THEN o.photo ELSE o.thumbnail END AS image
FROM observations o WHERE o.id = $1 AND o.hidden_at IS NULL AND o.photo IS NOT NULL;
