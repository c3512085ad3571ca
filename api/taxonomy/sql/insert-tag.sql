INSERT INTO tags (key, domain_key, label_nl, label_en, created_by) VALUES ($1, $2, $3, $4, $5)
RETURNING key;
