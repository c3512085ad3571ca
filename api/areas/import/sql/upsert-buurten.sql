-- The staged buurten into buurten ($1: the data source of their polygons); rewritten only when the file
-- changed them, and with $2 (keep loaded) never: then only new ones are added.
INSERT INTO buurten (code, name, wijk_code, municipality_code, geom, area_m2, geometry_source, source_hash)
SELECT s.code, s.name, s.wijk_code, s.municipality_code, s.geom, ST_Area(s.geom::geography), $1, s.source_hash
FROM area_import s
WHERE s.level = 'buurt'
ON CONFLICT (code) DO UPDATE
SET name = excluded.name, wijk_code = excluded.wijk_code, municipality_code = excluded.municipality_code,
    geom = excluded.geom, area_m2 = excluded.area_m2, geometry_source = excluded.geometry_source,
    source_hash = excluded.source_hash
WHERE NOT $2::boolean AND buurten.source_hash IS DISTINCT FROM excluded.source_hash
RETURNING (xmax = 0) AS inserted;
