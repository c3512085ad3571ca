-- The items of agenda $1 in the order they were added, with their carriers, supports (and whether viewer $2 gave
-- one) and the introductions made for them.
SELECT i.id, i.ambition, i.description, i.theme, i.status, i.dropped_reason, i.next_step,
       to_char(i.next_step_date, 'YYYY-MM-DD') AS next_step_date, i.version, i.updated_at,
       coalesce((SELECT array_agg(c.party_id) FROM agenda_item_carriers c WHERE c.item_id = i.id), '{}') AS carriers,
       (SELECT count(*) FROM agenda_supports s WHERE s.item_id = i.id)::int AS supports,
       EXISTS (SELECT 1 FROM agenda_supports s WHERE s.item_id = i.id AND s.user_id = $2) AS supported_by_me,
       (SELECT count(*) FROM agenda_item_introductions x WHERE x.item_id = i.id)::int AS introductions,
       (SELECT count(*) FROM agenda_item_introductions x JOIN introductions n ON n.id = x.introduction_id
        WHERE x.item_id = i.id AND n.status IN ('accepted', 'met'))::int AS accepted,
       (SELECT count(*) FROM agenda_item_introductions x JOIN introductions n ON n.id = x.introduction_id
        WHERE x.item_id = i.id AND n.status = 'met')::int AS met
FROM agenda_items i
WHERE i.agenda_id = $1
ORDER BY i.created_at, i.id;
