-- $1 type, $2 kind, $3 direction, $4 title, $5 description, $6 tags, $7 GeoJSON geometry or NULL, $8 buurt code given
-- by the client or NULL, $9 owner user, $10 owner organisation, $11 visibility, $12 details, $13 created by,
-- $14 recorded by (interview mode).
-- The buurt and wijk are computed here, at write time: from the geometry (in a current buurt); else from the owning organisation's
-- location; else from the owning resident's home buurt; else from the buurt given.
WITH input AS (
  SELECT CASE WHEN $7::text IS NULL THEN NULL ELSE ST_SetSRID(ST_GeomFromGeoJSON($7::text), 4326) END AS geom
),
placed AS (
  SELECT
    coalesce(
      (SELECT b.code FROM buurten b, input WHERE input.geom IS NOT NULL AND ST_Intersects(b.geom, ST_PointOnSurface(input.geom))
         AND b.retired_at IS NULL ORDER BY b.code LIMIT 1),
      (SELECT o.buurt_code FROM organisations o WHERE o.id = $10),
      (SELECT u.home_buurt_code FROM users u WHERE u.id = $9),
      $8::text
    ) AS buurt_code
)
INSERT INTO assets (type, kind, direction, title, description, tags, geom, buurt_code, wijk_code, owner_user_id,
                    owner_organisation_id, visibility, details, created_by, recorded_by)
SELECT $1, $2, $3, $4, $5, $6::text[],
       -- A story told about a whole buurt sits at a point inside it (details.approximate says so).
       coalesce(input.geom, CASE WHEN $1 = 'story' THEN (SELECT ST_PointOnSurface(b.geom) FROM buurten b WHERE b.code = placed.buurt_code) END),
       placed.buurt_code,
       (SELECT b.wijk_code FROM buurten b WHERE b.code = placed.buurt_code),
       $9, $10, $11, $12::jsonb, $13, $14
FROM input, placed
RETURNING id;
