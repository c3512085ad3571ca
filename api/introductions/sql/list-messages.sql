-- The thread of introduction $1, oldest first, with each sender's display name.
SELECT m.id, m.sender_id, u.display_name AS sender_name, m.body, m.created_at
FROM introduction_messages m JOIN users u ON u.id = m.sender_id
WHERE m.introduction_id = $1
ORDER BY m.created_at, m.id;
