-- A page of public layer $1's features in bbox $2..$5 (the envelope in 4326, the SRID of every geometry column, so
-- the GiST indexes are used), in id order (stable paging): after id $6 (NULL: from the start), skipping $8, at most $7.
-- lng and lat: the point itself, or a point inside an area or on a line (for the CSV export).
WITH f AS (
  -- :public-features
)
SELECT f.id, ST_AsGeoJSON(f.geom, 6) AS geometry, f.properties,
       round(ST_X(ST_PointOnSurface(f.geom))::numeric, 6)::float8 AS lng,
       round(ST_Y(ST_PointOnSurface(f.geom))::numeric, 6)::float8 AS lat
FROM f
WHERE f.layer = $1 AND f.geom && ST_MakeEnvelope($2, $3, $4, $5, 4326) AND ($6::text IS NULL OR f.id > $6::text)
ORDER BY f.id
LIMIT $7 OFFSET $8;
