-- The history of agenda $1 as viewer $2 (NULL: anonymous) may read it. A pledge's entry refers to what was pledged
-- (details assetId or organisationId) and says what it was (`of`) and who acted only as far as the viewer may see the
-- pledged item itself (asset_visible_to): an organisation's contribution or item is public, a resident's item not always.
SELECT h.at,
       CASE WHEN h.action NOT LIKE 'pledge.%' OR o.id IS NOT NULL OR v.seen OR h.actor_id = $2 THEN u.display_name END AS actor,
       h.action, h.item_id,
       CASE WHEN h.action LIKE 'pledge.%'
            THEN (h.details - 'of' - 'assetId' - 'organisationId')
                 || jsonb_strip_nulls(jsonb_build_object('of', coalesce(o.name, CASE WHEN v.seen THEN s.title END)))
            ELSE h.details END AS details
FROM agenda_history h
LEFT JOIN users u ON u.id = h.actor_id
LEFT JOIN assets s ON s.id = (h.details ->> 'assetId')::uuid
LEFT JOIN organisations o ON o.id = (h.details ->> 'organisationId')::uuid
CROSS JOIN LATERAL (SELECT s.id IS NOT NULL AND asset_visible_to(s.owner_user_id, s.visibility, s.buurt_code, s.wijk_code, $2) AS seen) v
WHERE h.agenda_id = $1
ORDER BY h.at DESC, h.id DESC
LIMIT 500;
