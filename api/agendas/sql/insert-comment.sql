INSERT INTO agenda_comments (item_id, user_id, body) VALUES ($1, $2, $3) RETURNING id;
