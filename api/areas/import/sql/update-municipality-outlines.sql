-- Outline of each municipality as the union of its current (not retired) wijken; written only where it changed.
WITH outline AS (
  SELECT w.municipality_code AS code, ST_Multi(ST_CollectionExtract(ST_Union(w.geom), 3)) AS geom
  FROM wijken w
  WHERE w.retired_at IS NULL
  GROUP BY w.municipality_code
)
UPDATE municipalities m
SET geom = outline.geom
FROM outline
WHERE m.code = outline.code AND (m.geom IS NULL OR NOT ST_OrderingEquals(m.geom, outline.geom))
RETURNING m.code;
