-- $1: json array of {id, name, kind, description, tags, lng, lat, buurt_code, wijk_code, created_by}.
INSERT INTO organisations (id, name, kind, description, tags, location, buurt_code, wijk_code, created_by)
SELECT o.id, o.name, o.kind, o.description, o.tags, ST_SetSRID(ST_MakePoint(o.lng, o.lat), 4326), o.buurt_code, o.wijk_code,
       o.created_by
FROM json_to_recordset($1::json) AS o (
  id uuid, name text, kind text, description text, tags text[], lng double precision, lat double precision,
  buurt_code text, wijk_code text, created_by uuid
);
