DELETE FROM agenda_policy_links WHERE id = $2 AND agenda_id = $1 RETURNING title, url;
