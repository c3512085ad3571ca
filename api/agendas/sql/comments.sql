SELECT c.id, c.item_id, c.body, c.created_at, u.display_name AS author, c.user_id = $2 AS mine
FROM agenda_comments c JOIN agenda_items i ON i.id = c.item_id JOIN users u ON u.id = c.user_id
WHERE i.agenda_id = $1
ORDER BY c.created_at, c.id;
