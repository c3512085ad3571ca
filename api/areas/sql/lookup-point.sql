-- Which current buurt and wijk contain the point ($1 = lng, $2 = lat): retired areas place nothing.
-- ST_Intersects rather than ST_Contains, so a point exactly on a boundary still finds its area; when it touches
-- two, the lowest code wins so the answer is stable. Both tests are index-assisted (GiST on geom, SRID 4326).
WITH point AS (
  SELECT ST_SetSRID(ST_MakePoint($1, $2), 4326) AS geom
),
-- The buurt first: its wijk is the answer's wijk, even on a wijk boundary.
buurt AS (
  SELECT b.code, b.name, b.wijk_code
  FROM buurten b, point
  WHERE ST_Intersects(b.geom, point.geom) AND b.retired_at IS NULL
  ORDER BY b.code
  LIMIT 1
),
-- Without a buurt (a wijk with no buurt polygons, such as Biezenmortel), the wijk that contains the point.
wijk AS (
  SELECT w.code, w.name, w.municipality_code FROM wijken w JOIN buurt ON w.code = buurt.wijk_code
  UNION ALL
  (SELECT w.code, w.name, w.municipality_code
   FROM wijken w, point
   WHERE NOT EXISTS (SELECT 1 FROM buurt) AND ST_Intersects(w.geom, point.geom) AND w.retired_at IS NULL
   ORDER BY w.code
   LIMIT 1)
)
SELECT buurt.code AS buurt_code, buurt.name AS buurt_name,
       wijk.code AS wijk_code, wijk.name AS wijk_name,
       m.code AS municipality_code, m.name AS municipality_name
FROM wijk
JOIN municipalities m ON m.code = wijk.municipality_code
LEFT JOIN buurt ON true;
