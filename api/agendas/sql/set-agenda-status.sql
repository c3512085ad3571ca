-- Publish ($2 = 'published') or take back to draft; true when the status changed.
UPDATE agendas SET status = $2, published_at = CASE WHEN $2 = 'published' THEN now() END, updated_at = now()
WHERE id = $1 AND status <> $2
RETURNING id;
