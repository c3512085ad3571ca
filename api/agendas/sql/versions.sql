SELECT v.version, v.ambition, v.description, v.theme, v.status, v.dropped_reason, v.next_step,
       to_char(v.next_step_date, 'YYYY-MM-DD') AS next_step_date, u.display_name AS edited_by, v.edited_at
FROM agenda_item_versions v LEFT JOIN users u ON u.id = v.edited_by
WHERE v.item_id = $1
ORDER BY v.version;
