SELECT agenda_id FROM agenda_items WHERE id = $1;
