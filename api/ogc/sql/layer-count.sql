-- How many features public layer $1 has in bbox $2..$5 (in 4326, so the GiST indexes are used).
WITH f AS (
  -- :public-features
)
SELECT count(*)::int AS count
FROM f
WHERE f.layer = $1 AND f.geom && ST_MakeEnvelope($2, $3, $4, $5, 4326);
