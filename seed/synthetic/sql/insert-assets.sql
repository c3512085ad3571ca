-- $1: json array of {id, type, kind, direction, title, description, tags, geometry (GeoJSON or null), at_buurt,
-- buurt_code, wijk_code, owner_user_id, owner_organisation_id, visibility, details, created_by}.
-- at_buurt: a story told about a whole buurt sits at the buurt's point on surface, as the API places it.
INSERT INTO assets (id, type, kind, direction, title, description, tags, geom, buurt_code, wijk_code, owner_user_id,
                    owner_organisation_id, visibility, details, created_by)
SELECT a.id, a.type, a.kind, a.direction, a.title, a.description, a.tags,
       CASE
         WHEN a.geometry IS NOT NULL THEN ST_SetSRID(ST_GeomFromGeoJSON(a.geometry::text), 4326)
         WHEN a.at_buurt THEN (SELECT ST_PointOnSurface(b.geom) FROM buurten b WHERE b.code = a.buurt_code)
       END,
       a.buurt_code, a.wijk_code, a.owner_user_id, a.owner_organisation_id, a.visibility, a.details, a.created_by
FROM json_to_recordset($1::json) AS a (
  id uuid, type text, kind text, direction text, title text, description text, tags text[], geometry json,
  at_buurt boolean, buurt_code text, wijk_code text, owner_user_id uuid, owner_organisation_id uuid,
  visibility text, details jsonb, created_by uuid
);
