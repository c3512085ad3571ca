DELETE FROM agenda_supports WHERE item_id = $1 AND user_id = $2 RETURNING item_id;
