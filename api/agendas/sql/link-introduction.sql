INSERT INTO agenda_item_introductions (item_id, introduction_id, linked_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING item_id;
