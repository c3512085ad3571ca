-- One feature $2 of public layer $1; no row when it is not there (or not public).
WITH f AS (
  -- :public-features
)
SELECT f.id, ST_AsGeoJSON(f.geom, 6) AS geometry, f.properties
FROM f
WHERE f.layer = $1 AND f.id = $2;
