INSERT INTO introductions (requested_by, by_connector, buurt_code, note, suggestion_key)
VALUES ($1, $2, $3, $4, $5)
RETURNING id;
