INSERT INTO introduction_messages (introduction_id, sender_id, body) VALUES ($1, $2, $3)
RETURNING id, created_at;
