SELECT h.at, u.display_name AS actor, h.action, h.item_id, h.details
FROM agenda_history h LEFT JOIN users u ON u.id = h.actor_id
WHERE h.agenda_id = $1
ORDER BY h.at DESC, h.id DESC
LIMIT 500;
