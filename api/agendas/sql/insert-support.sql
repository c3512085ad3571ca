INSERT INTO agenda_supports (item_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING item_id;
