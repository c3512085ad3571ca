-- $1: json array of {code, name, municipality_code, geometry (GeoJSON), geometry_source, source_hash}
WITH source AS (
  SELECT w.code, w.name, w.municipality_code, w.geometry_source, w.source_hash,
         -- Repair any self-touching rings in the source and keep only the polygon parts, as one MultiPolygon.
         ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(w.geometry::text), 4326)), 3)) AS geom
  FROM json_to_recordset($1::json)
    AS w (code text, name text, municipality_code text, geometry json, geometry_source text, source_hash text)
)
INSERT INTO wijken (code, name, municipality_code, geom, area_m2, geometry_source, source_hash)
SELECT code, name, municipality_code, geom, ST_Area(geom::geography), geometry_source, source_hash
FROM source
ON CONFLICT (code) DO UPDATE
SET name = excluded.name, municipality_code = excluded.municipality_code, geom = excluded.geom,
    area_m2 = excluded.area_m2, geometry_source = excluded.geometry_source, source_hash = excluded.source_hash
WHERE wijken.source_hash IS DISTINCT FROM excluded.source_hash
RETURNING (xmax = 0) AS inserted;
