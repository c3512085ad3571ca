-- The pledges to agenda $1's items, with what is pledged and by whom, as viewer $2 (NULL: anonymous) may see them; mine:
-- viewer $2 pledged it or belongs to the organisation. A resident's item, and the resident's name, show only to those
-- who may see the item itself (asset_visible_to); an organisation's contribution or item is public.
SELECT p.id, p.item_id, p.what, p.status, p.created_at,
       CASE WHEN v.seen THEN s.id END AS asset_id, CASE WHEN v.seen THEN s.title END AS asset_title,
       CASE WHEN v.seen THEN s.type END AS asset_type,
       coalesce(o.id, so.id) AS organisation_id, coalesce(o.name, so.name) AS organisation_name,
       coalesce(o.name, so.name, CASE WHEN p.pledged_by = $2 OR (v.seen AND s.owner_user_id IS NOT NULL) THEN u.display_name END) AS pledged_by,
       coalesce(p.pledged_by = $2
                OR EXISTS (SELECT 1 FROM organisation_members m WHERE m.organisation_id = coalesce(o.id, so.id) AND m.user_id = $2), false) AS mine
FROM agenda_pledges p
JOIN agenda_items i ON i.id = p.item_id
LEFT JOIN assets s ON s.id = p.asset_id
LEFT JOIN organisations so ON so.id = s.owner_organisation_id
LEFT JOIN organisations o ON o.id = p.organisation_id
LEFT JOIN users u ON u.id = p.pledged_by
CROSS JOIN LATERAL (SELECT s.id IS NOT NULL AND asset_visible_to(s.owner_user_id, s.visibility, s.buurt_code, s.wijk_code, $2) AS seen) v
WHERE i.agenda_id = $1
ORDER BY p.created_at, p.id;
