-- One asset as viewer $2 (NULL: anonymous) may see it, labels in language $3; no row when they may not see it at all.
-- Still active: confirmed within the last $4 months (STALE_AFTER_MONTHS).
-- A resident's own items never carry a geometry here: their place is their owner's home, which never leaves the server.
WITH viewer AS (
  SELECT u.id, u.is_admin FROM users u WHERE u.id = $2
)
SELECT a.id, a.type, a.kind, a.direction, a.title, a.description, a.tags, a.visibility, a.details,
       a.last_confirmed_at, a.last_confirmed_at > now() - make_interval(months => $4) AS still_active,
       CASE WHEN a.type = 'inventory' OR (a.type = 'thing' AND a.owner_user_id IS NOT NULL) THEN NULL
            ELSE ST_AsGeoJSON(coalesce(a.geom, o.location), 6)::json END AS geometry,
       b.code AS buurt_code, b.name AS buurt_name, w.code AS wijk_code, w.name AS wijk_name,
       owner.display_name AS owner_name, o.id AS organisation_id, o.name AS organisation_name,
       coalesce(
         a.owner_user_id = $2
         OR (a.owner_user_id IS NULL AND a.owner_organisation_id IS NULL AND a.created_by = $2)
         OR EXISTS (SELECT 1 FROM organisation_members m WHERE m.organisation_id = a.owner_organisation_id AND m.user_id = $2)
         OR (SELECT v.is_admin FROM viewer v), false) AS mine,
       coalesce(json_agg(json_build_object('key', t.key, 'label', CASE WHEN $3 = 'en' THEN t.label_en ELSE t.label_nl END,
                                           'domain', t.domain_key) ORDER BY x.position)
                FILTER (WHERE t.key IS NOT NULL), '[]') AS tag_labels
FROM assets a
LEFT JOIN organisations o ON o.id = a.owner_organisation_id
LEFT JOIN users owner ON owner.id = a.owner_user_id
LEFT JOIN buurten b ON b.code = a.buurt_code
LEFT JOIN wijken w ON w.code = a.wijk_code
LEFT JOIN LATERAL unnest(a.tags) WITH ORDINALITY AS x (tag, position) ON true
LEFT JOIN tags t ON t.key = x.tag
WHERE a.id = $1
  -- Who sees a resident's item: the one rule (db/functions/asset-visible-to.sql says it in words).
  AND asset_visible_to(a.owner_user_id, a.visibility, a.buurt_code, a.wijk_code, $2)
GROUP BY a.id, o.id, owner.display_name, b.code, w.code;
