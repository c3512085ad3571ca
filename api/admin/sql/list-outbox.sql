SELECT id, to_address, kind, subject, body, created_at, sent_at
FROM outbox_messages
ORDER BY created_at DESC, id
LIMIT $1;
