-- The nearest place of kinds $1 where a group could meet, within $2 metres of subject $3 / $4 (see suggestion_anchor).
-- Places are public, so their distance is given exactly.
SELECT a.id, a.title, round(ST_Distance(a.geom::geography, x.point))::int AS distance_m
FROM suggestion_anchor($3, $4) x, assets a
WHERE a.type = 'place' AND a.kind = ANY ($1::text[]) AND ST_DWithin(a.geom::geography, x.point, $2)
ORDER BY a.geom::geography <-> x.point
LIMIT 1;
