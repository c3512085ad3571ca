-- Current wijken whose polygon meets the bbox ($1..$4), with their count of current buurten and latest CBS inhabitants.
-- The envelope is in 4326 so the GiST index on wijken.geom is used.
SELECT w.code, w.name, w.municipality_code, w.area_m2,
       (SELECT count(*)::int FROM buurten b WHERE b.wijk_code = w.code AND b.retired_at IS NULL) AS buurt_count,
       -- Latest year CBS published; NULL when CBS has no figure (it stays missing).
       (SELECT f.inhabitants FROM wijk_key_figures f WHERE f.wijk_code = w.code ORDER BY f.year DESC LIMIT 1) AS inhabitants,
       ST_AsGeoJSON(w.geom, 6)::json AS geometry
FROM wijken w
WHERE ST_Intersects(w.geom, ST_MakeEnvelope($1, $2, $3, $4, 4326)) AND w.retired_at IS NULL
ORDER BY w.name;
