WITH gone AS (DELETE FROM agenda_item_carriers WHERE item_id = $1)
INSERT INTO agenda_item_carriers (item_id, party_id) SELECT $1, unnest($2::uuid[]);
