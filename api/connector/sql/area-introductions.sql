-- Introductions made in an area (buurt codes $1), newest first, as connector $2 may see them: parties by name when
-- the connector made the introduction or the party is an organisation; other residents as 'resident' only (their
-- introductions are their own business, the figures count them). Such a resident is described instead by one item the
-- connectors of the area see (map_audience_sees('connectors'), never a private one): its kind and first tag, the most
-- recently confirmed; $3: the inventory kinds that take part in a rule. Never a location.
SELECT i.id, i.status, i.buurt_code, i.by_connector, i.requested_by = $2 AS mine, i.created_at, i.answered_at, i.met_at,
       (SELECT json_agg(json_build_object(
                 'kind', CASE WHEN p.user_id IS NOT NULL THEN 'resident' ELSE 'organisation' END,
                 'name', CASE WHEN p.organisation_id IS NOT NULL OR i.requested_by = $2 THEN coalesce(u.display_name, o.name) END,
                 'answer', p.answer,
                 'about', CASE WHEN p.user_id IS NOT NULL AND i.requested_by IS DISTINCT FROM $2 THEN
                   (SELECT json_build_object('kind', a.kind, 'tag', a.tags[1])
                    FROM assets a
                    WHERE a.owner_user_id = p.user_id AND a.type = 'inventory' AND a.kind = ANY ($3::text[])
                      AND a.buurt_code = ANY ($1::text[]) AND cardinality(a.tags) > 0
                      AND a.visibility = ANY (map_audience_sees('connectors'))
                    ORDER BY a.last_confirmed_at DESC, a.id
                    LIMIT 1) END) ORDER BY p.position)
        FROM introduction_parties p
        LEFT JOIN users u ON u.id = p.user_id
        LEFT JOIN organisations o ON o.id = p.organisation_id
        WHERE p.introduction_id = i.id) AS parties,
       (SELECT json_agg(coalesce(p.user_id, p.organisation_id) ORDER BY p.position)
        FROM introduction_parties p WHERE p.introduction_id = i.id) AS party_ids
FROM introductions i
WHERE i.buurt_code = ANY ($1::text[])
ORDER BY i.created_at DESC
LIMIT 500;
