SELECT b.blocked_id AS id, u.display_name AS name, b.created_at
FROM user_blocks b JOIN users u ON u.id = b.blocked_id
WHERE b.blocker_id = $1
ORDER BY b.created_at DESC;
