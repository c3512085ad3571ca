-- What is new in buurt $1 since $2, as any registered neighbour may see it (language $3): residents' new talents by tag
-- only, never who, and only tags that at least $4 residents of the buurt share (the map's k), so a digest cannot point
-- at one person (counted over accounts that count toward k: $5, see uncounted_residents); public places, things,
-- stories and organisations by title. Residents' items as the 'registered' audience sees them (map_audience_sees), not
-- by asset_visible_to: a digest is the same for every follower, so no one's wider view (connector, administrator)
-- reaches it.
SELECT 'talent' AS what, coalesce(CASE WHEN $3 = 'en' THEN t.label_en ELSE t.label_nl END, tag) AS title, 1 AS n
FROM assets a CROSS JOIN unnest(a.tags) AS tag
LEFT JOIN tags t ON t.key = tag
WHERE a.buurt_code = $1 AND a.created_at > $2 AND a.type = 'inventory' AND a.visibility = ANY (map_audience_sees('registered'))
GROUP BY 2, tag
HAVING (SELECT count(DISTINCT h.owner_user_id) FROM assets h
        WHERE h.buurt_code = $1 AND h.type = 'inventory' AND h.visibility = ANY (map_audience_sees('registered')) AND tag = ANY (h.tags)
          AND h.owner_user_id NOT IN (SELECT uncounted_residents($5))) >= $4
UNION ALL
SELECT a.type, a.title, 1
FROM assets a
WHERE a.buurt_code = $1 AND a.created_at > $2 AND a.type IN ('place', 'thing', 'story') AND a.visibility = 'public'
UNION ALL
SELECT 'organisation', o.name, 1
FROM organisations o
WHERE o.buurt_code = $1 AND o.created_at > $2
ORDER BY 1, 3 DESC, 2
LIMIT 40;
