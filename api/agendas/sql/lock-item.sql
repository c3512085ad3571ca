SELECT id, agenda_id, ambition, description, theme, status, dropped_reason, next_step,
       to_char(next_step_date, 'YYYY-MM-DD') AS next_step_date, version,
       coalesce((SELECT array_agg(c.party_id ORDER BY c.party_id) FROM agenda_item_carriers c WHERE c.item_id = agenda_items.id), '{}') AS carriers
FROM agenda_items WHERE id = $1 FOR UPDATE;
