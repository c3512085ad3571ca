-- Exactly placed, public assets in the bbox ($1..$4) that pass the filters: $5 types, $6 tags (any of), $7 direction,
-- $8 buurten (an area: one buurt or a wijk's), $9 text pattern, $10 cursor (the last id of the previous page), $11 page size.
-- Each branch takes its own first page in id order, so the planner can choose per branch: at city zoom, walking the
-- id index and stopping after a page (most rows are in view); at buurt zoom, the GiST index on the geometry and a
-- small sort. The envelope is written out in each branch (not a CTE) so the planner can estimate how much of the
-- table it covers. `tags && $6` uses the GIN indexes. Residents' own items are never here (see map-people.sql).
-- The geometry comes as GeoJSON text, spliced into the answer as it is (see map.service.ts).
SELECT f.id, f.type, f.kind, f.direction, f.title, f.tags, f.buurt_code, f.organisation_id, f.organisation_name,
       ST_AsGeoJSON(f.geom, 6) AS geometry
FROM (
  -- Organisations, at their own public location.
  (SELECT o.id, 'organisation'::text AS type, o.kind, 'offer'::text AS direction, o.name AS title, o.tags, o.buurt_code,
          o.location AS geom, NULL::uuid AS organisation_id, NULL::text AS organisation_name
   FROM organisations o
   WHERE 'organisation' = ANY ($5::text[]) AND o.location && ST_MakeEnvelope($1, $2, $3, $4, 4326)
     AND ($10::uuid IS NULL OR o.id > $10::uuid)
     AND ($6::text[] IS NULL OR o.tags && $6::text[]) AND ($7::text IS NULL OR $7 = 'offer')
     AND ($8::text[] IS NULL OR o.buurt_code = ANY ($8)) AND ($9::text IS NULL OR o.name ILIKE $9 OR o.description ILIKE $9)
   ORDER BY o.id
   LIMIT $11 + 1)
  UNION ALL
  -- Places and stories, and anything else with a geometry of its own.
  (SELECT a.id, a.type, a.kind, a.direction, a.title, a.tags, a.buurt_code, a.geom, a.owner_organisation_id,
          (SELECT o.name FROM organisations o WHERE o.id = a.owner_organisation_id)
   FROM assets a
   WHERE a.geom && ST_MakeEnvelope($1, $2, $3, $4, 4326) AND a.type = ANY ($5::text[]) AND a.owner_user_id IS NULL
     AND ($10::uuid IS NULL OR a.id > $10::uuid)
     AND ($6::text[] IS NULL OR a.tags && $6::text[]) AND ($7::text IS NULL OR a.direction = $7)
     AND ($8::text[] IS NULL OR a.buurt_code = ANY ($8)) AND ($9::text IS NULL OR a.title ILIKE $9 OR a.description ILIKE $9)
   ORDER BY a.id
   LIMIT $11 + 1)
  UNION ALL
  -- An organisation's offers, wishes and things to lend sit at the organisation.
  (SELECT a.id, a.type, a.kind, a.direction, a.title, a.tags, a.buurt_code, o.location, o.id, o.name
   FROM organisations o
   JOIN assets a ON a.owner_organisation_id = o.id AND a.geom IS NULL
   WHERE o.location && ST_MakeEnvelope($1, $2, $3, $4, 4326) AND a.type = ANY ($5::text[])
     AND ($10::uuid IS NULL OR a.id > $10::uuid)
     AND ($6::text[] IS NULL OR a.tags && $6::text[]) AND ($7::text IS NULL OR a.direction = $7)
     AND ($8::text[] IS NULL OR a.buurt_code = ANY ($8)) AND ($9::text IS NULL OR a.title ILIKE $9 OR a.description ILIKE $9)
   ORDER BY a.id
   LIMIT $11 + 1)
) f
ORDER BY f.id
LIMIT $11 + 1;
