-- Current buurten whose polygon meets the bbox ($1..$4 = minLng, minLat, maxLng, maxLat); retired ones are history.
-- The envelope is built in 4326, the SRID of the column, so the GiST index on buurten.geom is used.
SELECT b.code, b.name, b.wijk_code, w.name AS wijk_name, b.area_m2,
       ST_AsGeoJSON(b.geom, 6)::json AS geometry
FROM buurten b
JOIN wijken w ON w.code = b.wijk_code
WHERE ST_Intersects(b.geom, ST_MakeEnvelope($1, $2, $3, $4, 4326)) AND b.retired_at IS NULL
ORDER BY w.name, b.name;
