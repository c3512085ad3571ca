INSERT INTO agenda_pledges (item_id, asset_id, organisation_id, what, pledged_by) VALUES ($1, $2, $3, $4, $5) RETURNING id;
