-- Stores the exact point (geography, for metre distances) and the buurt it lies in.
UPDATE users
SET home_location = ST_SetSRID(ST_MakePoint($2, $3), 4326)::geography, home_buurt_code = $4, updated_at = now()
WHERE id = $1;
