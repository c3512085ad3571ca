-- The nearest place of kinds $1 where a group could meet, within $2 metres of subject $3 / $4 (see suggestion_anchor).
-- Places are public, so their distance is given exactly (on the sphere, as the suggestions measure).
-- The subject's point is a parameter of the scan (a subquery), so the GiST index walks the places nearest first.
WITH x AS MATERIALIZED (SELECT * FROM suggestion_anchor($3, $4))
SELECT a.id, a.title, round(ST_Distance(a.geom::geography, (SELECT point FROM x), false))::int AS distance_m
FROM assets a
WHERE a.type = 'place' AND a.kind = ANY ($1::text[]) AND ST_DWithin(a.geom::geography, (SELECT point FROM x), $2, false)
ORDER BY a.geom::geography <-> (SELECT point FROM x)
LIMIT 1;
