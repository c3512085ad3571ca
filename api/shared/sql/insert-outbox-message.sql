INSERT INTO outbox_messages (to_address, user_id, kind, subject, body)
VALUES ($1, $2, $3, $4, $5);
