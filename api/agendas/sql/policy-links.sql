SELECT id, title, url, note FROM agenda_policy_links WHERE agenda_id = $1 ORDER BY created_at;
