-- Is the GeoJSON geometry ($1) valid (no self-intersection), and which buurt holds it? A point on the surface (for a
-- line: on the line) decides the buurt, by point-in-polygon on the GiST-indexed buurten (current ones only).
WITH input AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON($1), 4326) AS geom)
SELECT ST_IsValid(input.geom) AS valid,
       ST_IsValidReason(input.geom) AS reason,
       (SELECT b.code FROM buurten b
        WHERE ST_Intersects(b.geom, ST_PointOnSurface(input.geom)) AND b.retired_at IS NULL
        ORDER BY b.code LIMIT 1) AS buurt_code
FROM input;
