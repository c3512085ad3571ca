INSERT INTO organisations (name, kind, created_by) VALUES ($1, $2, $3) RETURNING id;
