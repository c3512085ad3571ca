-- The current buurt that contains the point ($1 lng, $2 lat): a retired one places nothing. ST_Intersects in 4326 uses
-- the GiST index, lowest code on a boundary.
SELECT b.code FROM buurten b
WHERE ST_Intersects(b.geom, ST_SetSRID(ST_MakePoint($1, $2), 4326)) AND b.retired_at IS NULL
ORDER BY b.code
LIMIT 1;
