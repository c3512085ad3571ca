-- The pledges to agenda $1's items, with what is pledged and by whom; mine: viewer $2 pledged it or belongs to the
-- organisation.
SELECT p.id, p.item_id, p.what, p.status, p.created_at,
       s.id AS asset_id, s.title AS asset_title, s.type AS asset_type,
       coalesce(o.id, so.id) AS organisation_id, coalesce(o.name, so.name) AS organisation_name,
       coalesce(o.name, so.name, u.display_name, '') AS pledged_by,
       coalesce(p.pledged_by = $2
                OR EXISTS (SELECT 1 FROM organisation_members m WHERE m.organisation_id = coalesce(o.id, so.id) AND m.user_id = $2), false) AS mine
FROM agenda_pledges p
JOIN agenda_items i ON i.id = p.item_id
LEFT JOIN assets s ON s.id = p.asset_id
LEFT JOIN organisations so ON so.id = s.owner_organisation_id
LEFT JOIN organisations o ON o.id = p.organisation_id
LEFT JOIN users u ON u.id = p.pledged_by
WHERE i.agenda_id = $1
ORDER BY p.created_at, p.id;
