-- Exactly placed, public assets in the bbox ($1..$4) that pass the filters: $5 types, $6 tags (any of), $7 direction,
-- $8 buurt, $9 text pattern, $10 cursor (the last id of the previous page), $11 page size.
-- The envelope is in 4326, the SRID of the columns, so the GiST indexes on organisations.location and assets.geom are
-- used; `tags && $6` uses the GIN indexes. Residents' own items are never here (see map-people.sql).
WITH envelope AS (
  SELECT ST_MakeEnvelope($1, $2, $3, $4, 4326) AS geom
),
found AS (
  -- Organisations, at their own public location.
  SELECT o.id, 'organisation'::text AS type, o.kind, 'offer'::text AS direction, o.name AS title, o.tags, o.buurt_code,
         o.location AS geom, NULL::uuid AS organisation_id, NULL::text AS organisation_name
  FROM organisations o, envelope e
  WHERE 'organisation' = ANY ($5::text[]) AND o.location && e.geom
    AND ($6::text[] IS NULL OR o.tags && $6::text[]) AND ($7::text IS NULL OR $7 = 'offer')
    AND ($8::text IS NULL OR o.buurt_code = $8) AND ($9::text IS NULL OR o.name ILIKE $9 OR o.description ILIKE $9)
  UNION ALL
  -- Places and stories, and anything else with a geometry of its own.
  SELECT a.id, a.type, a.kind, a.direction, a.title, a.tags, a.buurt_code, a.geom, a.owner_organisation_id,
         (SELECT o.name FROM organisations o WHERE o.id = a.owner_organisation_id)
  FROM assets a, envelope e
  WHERE a.geom && e.geom AND a.type = ANY ($5::text[]) AND a.owner_user_id IS NULL
    AND ($6::text[] IS NULL OR a.tags && $6::text[]) AND ($7::text IS NULL OR a.direction = $7)
    AND ($8::text IS NULL OR a.buurt_code = $8) AND ($9::text IS NULL OR a.title ILIKE $9 OR a.description ILIKE $9)
  UNION ALL
  -- An organisation's offers, wishes and things to lend sit at the organisation.
  SELECT a.id, a.type, a.kind, a.direction, a.title, a.tags, a.buurt_code, o.location, o.id, o.name
  FROM organisations o
  JOIN assets a ON a.owner_organisation_id = o.id AND a.geom IS NULL
  CROSS JOIN envelope e
  WHERE o.location && e.geom AND a.type = ANY ($5::text[])
    AND ($6::text[] IS NULL OR a.tags && $6::text[]) AND ($7::text IS NULL OR a.direction = $7)
    AND ($8::text IS NULL OR a.buurt_code = $8) AND ($9::text IS NULL OR a.title ILIKE $9 OR a.description ILIKE $9)
)
SELECT f.id, f.type, f.kind, f.direction, f.title, f.tags, f.buurt_code, f.organisation_id, f.organisation_name,
       ST_AsGeoJSON(f.geom, 6)::json AS geometry
FROM found f
WHERE $10::uuid IS NULL OR f.id > $10::uuid
ORDER BY f.id
LIMIT $11 + 1;
