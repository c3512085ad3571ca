UPDATE agenda_items
SET ambition = $2, description = $3, theme = $4, status = $5, dropped_reason = $6, next_step = $7, next_step_date = $8,
    version = version + 1, updated_at = now()
WHERE id = $1
RETURNING version;
