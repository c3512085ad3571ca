-- $2 name, $3 description, $4 website, $5 tags, $6/$7 lng/lat of the location (NULL: unchanged), $8 its buurt.
UPDATE organisations o
SET name = coalesce($2, o.name),
    description = coalesce($3, o.description),
    website = coalesce($4, o.website),
    tags = coalesce($5::text[], o.tags),
    location = CASE WHEN $6::float8 IS NULL THEN o.location ELSE ST_SetSRID(ST_MakePoint($6, $7), 4326) END,
    buurt_code = coalesce($8, o.buurt_code),
    wijk_code = coalesce((SELECT b.wijk_code FROM buurten b WHERE b.code = $8), o.wijk_code),
    last_confirmed_at = now()
WHERE o.id = $1
RETURNING o.id;
