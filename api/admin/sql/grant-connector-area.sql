-- $1 user, $2 buurt code or NULL, $3 wijk code or NULL, $4 granting admin. Granting twice keeps the first grant.
INSERT INTO connector_areas (user_id, buurt_code, wijk_code, granted_by)
SELECT u.id, $2, $3, $4 FROM users u WHERE u.id = $1
ON CONFLICT (user_id, coalesce(buurt_code, wijk_code)) DO UPDATE SET granted_at = connector_areas.granted_at
RETURNING id;
