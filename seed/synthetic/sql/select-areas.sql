-- The buurten the demo population lives in, with their wijk's latest CBS inhabitants (NULL: not published) and the
-- polygon at full precision, so points drawn inside it in TypeScript are inside it for PostGIS too.
SELECT b.code, b.name, b.wijk_code, w.name AS wijk_name, b.area_m2, f.inhabitants,
       ST_AsGeoJSON(b.geom, 15)::json AS geometry
FROM buurten b
JOIN wijken w ON w.code = b.wijk_code
LEFT JOIN LATERAL (
  SELECT k.inhabitants FROM wijk_key_figures k WHERE k.wijk_code = b.wijk_code ORDER BY k.year DESC LIMIT 1
) f ON true
ORDER BY b.code;
