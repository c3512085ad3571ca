INSERT INTO agenda_items (agenda_id, ambition, description, theme, next_step, next_step_date, created_by)
VALUES ($1, $2, $3, $4, $5, $6, $7)
RETURNING id;
