-- Passions that three or more residents of an area (buurt codes $1) share: a group waiting to be started, with its
-- twelve most recently active members by name. Only items the connectors of the area see (map_audience_sees), never
-- private ones, also for an administrator.
-- $2: the fewest people that make a group. $3: kinds that are passions. $4: the age in days from which a confirmed
-- account counts (uncounted_residents): new or unconfirmed accounts neither make up a group nor are named in one.
WITH passions AS (
  SELECT t.tag, a.owner_user_id AS id, max(a.last_confirmed_at) AS confirmed, min(a.buurt_code) AS buurt_code
  FROM assets a
  CROSS JOIN unnest(a.tags) AS t (tag)
  WHERE a.buurt_code = ANY ($1::text[]) AND a.type = 'inventory' AND a.kind = ANY ($3::text[])
    AND a.visibility = ANY (map_audience_sees('connectors'))
    AND a.owner_user_id IS NOT NULL AND a.owner_user_id NOT IN (SELECT uncounted_residents($4))
  GROUP BY t.tag, a.owner_user_id
)
SELECT p.tag, count(*)::integer AS people,
       to_json((array_agg(json_build_object('id', u.id, 'name', u.display_name) ORDER BY p.confirmed DESC, u.id))[1:12]) AS members,
       mode() WITHIN GROUP (ORDER BY p.buurt_code) AS buurt_code
FROM passions p
JOIN users u ON u.id = p.id
GROUP BY p.tag
HAVING count(*) >= $2
ORDER BY people DESC, p.tag
LIMIT 20;
