-- Item $1 as it now is, kept as its current version, edited by $2.
INSERT INTO agenda_item_versions (item_id, version, ambition, description, theme, status, dropped_reason, next_step, next_step_date, edited_by)
SELECT id, version, ambition, description, theme, status, dropped_reason, next_step, next_step_date, $2 FROM agenda_items WHERE id = $1;
