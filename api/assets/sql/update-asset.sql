-- $2 title, $3 description, $4 tags, $5 visibility, $6 GeoJSON geometry, $7 details (NULL: unchanged).
-- A new geometry moves the buurt and wijk with it (to a current buurt: a retired one places nothing).
WITH input AS (
  SELECT CASE WHEN $6::text IS NULL THEN NULL ELSE ST_SetSRID(ST_GeomFromGeoJSON($6::text), 4326) END AS geom
),
placed AS (
  SELECT (SELECT b.code FROM buurten b, input WHERE input.geom IS NOT NULL
          AND ST_Intersects(b.geom, ST_PointOnSurface(input.geom)) AND b.retired_at IS NULL
          ORDER BY b.code LIMIT 1) AS buurt_code
)
UPDATE assets a
SET title = coalesce($2, a.title),
    description = coalesce($3, a.description),
    tags = coalesce($4::text[], a.tags),
    visibility = coalesce($5, a.visibility),
    geom = coalesce(input.geom, a.geom),
    buurt_code = coalesce(placed.buurt_code, a.buurt_code),
    wijk_code = coalesce((SELECT b.wijk_code FROM buurten b WHERE b.code = placed.buurt_code), a.wijk_code),
    details = coalesce($7::jsonb, a.details),
    updated_at = now(),
    last_confirmed_at = now()
FROM input, placed
WHERE a.id = $1
RETURNING a.id;
