INSERT INTO observations (user_id, kind, body, location, buurt_code, photo, thumbnail)
VALUES ($1, $2, $3, ST_SetSRID(ST_MakePoint($4, $5), 4326), $6, $7, $8)
RETURNING id;
