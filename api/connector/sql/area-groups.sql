-- Passions that three or more residents of an area (buurt codes $1) share: a group waiting to be started. Only items
-- a connector of the area may see (not private). $2: the fewest people that make a group. $3: kinds that are passions.
SELECT t.tag, count(DISTINCT a.owner_user_id)::integer AS people,
       json_agg(DISTINCT jsonb_build_object('id', u.id, 'name', u.display_name)) AS members,
       mode() WITHIN GROUP (ORDER BY a.buurt_code) AS buurt_code
FROM assets a
JOIN users u ON u.id = a.owner_user_id
CROSS JOIN unnest(a.tags) AS t (tag)
WHERE a.buurt_code = ANY ($1::text[]) AND a.type = 'inventory' AND a.kind = ANY ($3::text[]) AND a.visibility <> 'private'
GROUP BY t.tag
HAVING count(DISTINCT a.owner_user_id) >= $2
ORDER BY people DESC, t.tag
LIMIT 20;
