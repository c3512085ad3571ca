SELECT id, to_address AS "to", kind, subject, body, created_at AS "createdAt", sent_at AS "sentAt"
FROM outbox_messages
ORDER BY created_at DESC, id
LIMIT $1;
