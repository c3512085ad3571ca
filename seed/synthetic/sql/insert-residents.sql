-- $1: json array of {id, email, display_name, language, home_buurt_code, lng, lat, consent_id}; $2: the one shared
-- password hash; $3: the home-location consent text version. A resident with a home point gets the consent row
-- that the API would have recorded when they set it.
WITH input AS (
  SELECT r.*
  FROM json_to_recordset($1::json) AS r (
    id uuid, email text, display_name text, language text, home_buurt_code text,
    lng double precision, lat double precision, consent_id uuid
  )
),
inserted AS (
  INSERT INTO users (id, email, password_hash, display_name, language, home_buurt_code, home_location, email_verified_at, created_at)
  SELECT i.id, i.email, $2, i.display_name, i.language, i.home_buurt_code,
         -- geography, as the API stores it (distances in metres)
         CASE WHEN i.lng IS NOT NULL THEN ST_SetSRID(ST_MakePoint(i.lng, i.lat), 4326)::geography END,
         -- Long-standing, confirmed accounts, so they count toward k on the map (see uncounted_residents).
         now() - interval '1 year', now() - interval '1 year'
  FROM input i
  RETURNING id
)
INSERT INTO consents (id, user_id, purpose, text_version)
SELECT i.consent_id, i.id, 'home_location', $3
FROM input i
JOIN inserted ON inserted.id = i.id
WHERE i.lng IS NOT NULL;
