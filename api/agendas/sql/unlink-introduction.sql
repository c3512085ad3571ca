DELETE FROM agenda_item_introductions WHERE item_id = $1 AND introduction_id = $2 RETURNING item_id;
