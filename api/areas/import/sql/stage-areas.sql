-- $1: json array of the file's areas {feature, level, code, name, wijk_code, municipality_code, municipality_name,
-- geojson or wkb (hex, from a GeoPackage), srid, figures, source_hash}. Each polygon in EPSG:4326, made valid (self-touching rings and the
-- like repaired), its polygon parts kept as one MultiPolygon; `was_valid` says whether it needed repair.
INSERT INTO area_import (feature, level, code, name, wijk_code, municipality_code, municipality_name, geom, was_valid,
                         figures, source_hash)
SELECT a.feature, a.level, a.code, a.name, a.wijk_code, a.municipality_code, a.municipality_name,
       ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Transform(raw.geom, 4326)), 3)), ST_IsValid(raw.geom),
       a.figures, a.source_hash
FROM json_to_recordset($1::json) AS a (
  feature integer, level text, code text, name text, wijk_code text, municipality_code text, municipality_name text,
  geojson json, wkb text, srid integer, figures jsonb, source_hash text
)
CROSS JOIN LATERAL (
  SELECT ST_SetSRID(ST_Force2D(CASE WHEN a.wkb IS NOT NULL THEN ST_GeomFromWKB(decode(a.wkb, 'hex'))
                                    ELSE ST_GeomFromGeoJSON(a.geojson::text) END), a.srid) AS geom
) raw;
