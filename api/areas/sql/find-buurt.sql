SELECT b.code, b.name, b.wijk_code, w.name AS wijk_name, b.area_m2,
       ST_AsGeoJSON(b.geom, 6)::json AS geometry
FROM buurten b
JOIN wijken w ON w.code = b.wijk_code
WHERE b.code = $1;
