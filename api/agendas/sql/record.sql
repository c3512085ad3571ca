INSERT INTO agenda_history (agenda_id, item_id, actor_id, action, details) VALUES ($1, $2, $3, $4, $5);
