INSERT INTO agenda_policy_links (agenda_id, title, url, note) VALUES ($1, $2, $3, $4) RETURNING id;
