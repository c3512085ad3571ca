-- $1: json array of {code, name, source_hash}; the outline (geom) is filled from the wijken afterwards.
INSERT INTO municipalities (code, name, source_hash)
SELECT m.code, m.name, m.source_hash
FROM json_to_recordset($1::json) AS m (code text, name text, source_hash text)
ON CONFLICT (code) DO UPDATE
SET name = excluded.name, source_hash = excluded.source_hash
WHERE municipalities.source_hash IS DISTINCT FROM excluded.source_hash
RETURNING (xmax = 0) AS inserted;
