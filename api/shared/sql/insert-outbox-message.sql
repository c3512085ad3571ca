INSERT INTO outbox_messages (to_address, user_id, kind, subject, body, language, html, headers, expires_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9)
RETURNING id;
