-- Who a party of an introduction is, as the viewer $3 may name it: a resident ($1 = 'resident', $2 = user id) only if
-- they have an item the viewer may see (so no one can be reached by guessing their id) or act as connector for the
-- viewer's home buurt (the buurt's page names them), an organisation, or the owner of a place. Returns the person or
-- organisation, their buurt and name; nothing when the viewer may not name them.
-- A resident's items count as the viewer's audience sees them (map_audience_sees: 'connectors' in the buurten the
-- viewer is connector for, 'registered' elsewhere), as in the suggestions the introductions come from; not by
-- asset_visible_to, whose administrator's and owner's views (for moderation, for oneself) make no one reachable.
SELECT u.id AS user_id, NULL::uuid AS organisation_id, u.home_buurt_code AS buurt_code, u.display_name AS name
FROM users u
WHERE $1 = 'resident' AND u.id = $2
  AND (EXISTS (
         SELECT 1 FROM assets a
         WHERE a.owner_user_id = u.id
           AND a.visibility = ANY (map_audience_sees(
                 CASE WHEN a.buurt_code IN (SELECT connector_buurt_codes($3)) THEN 'connectors' ELSE 'registered' END)))
       -- or a connector of the viewer's own buurt, whom the buurt's page names: a resident may ask them for help.
       OR EXISTS (SELECT 1 FROM users me WHERE me.id = $3 AND me.home_buurt_code IN (SELECT connector_buurt_codes(u.id))))
UNION ALL
SELECT NULL, o.id, o.buurt_code, o.name FROM organisations o WHERE $1 = 'organisation' AND o.id = $2
UNION ALL
SELECT a.owner_user_id, a.owner_organisation_id, coalesce(o.buurt_code, a.buurt_code), coalesce(o.name, u.display_name)
FROM assets a
LEFT JOIN users u ON u.id = a.owner_user_id
LEFT JOIN organisations o ON o.id = a.owner_organisation_id
WHERE $1 = 'place' AND a.id = $2 AND a.type = 'place' AND a.visibility = 'public'
  AND (a.owner_user_id IS NOT NULL OR a.owner_organisation_id IS NOT NULL);
