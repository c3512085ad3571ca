-- $1: json array of {code, name, wijk_code, municipality_code, geometry (GeoJSON), geometry_source, source_hash}
WITH source AS (
  SELECT b.code, b.name, b.wijk_code, b.municipality_code, b.geometry_source, b.source_hash,
         ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(b.geometry::text), 4326)), 3)) AS geom
  FROM json_to_recordset($1::json)
    AS b (code text, name text, wijk_code text, municipality_code text, geometry json, geometry_source text, source_hash text)
)
INSERT INTO buurten (code, name, wijk_code, municipality_code, geom, area_m2, geometry_source, source_hash)
SELECT code, name, wijk_code, municipality_code, geom, ST_Area(geom::geography), geometry_source, source_hash
FROM source
ON CONFLICT (code) DO UPDATE
SET name = excluded.name, wijk_code = excluded.wijk_code, municipality_code = excluded.municipality_code,
    geom = excluded.geom, area_m2 = excluded.area_m2, geometry_source = excluded.geometry_source,
    source_hash = excluded.source_hash
WHERE buurten.source_hash IS DISTINCT FROM excluded.source_hash
RETURNING (xmax = 0) AS inserted;
