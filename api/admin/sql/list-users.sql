-- Accounts for the admin, optionally filtered by a piece of e-mail or name ($1, NULL for all); newest first, at most $2.
SELECT u.id, u.email, u.display_name AS "displayName", u.is_admin AS "isAdmin", u.created_at AS "createdAt",
       coalesce((SELECT json_agg(json_build_object('id', ca.id, 'code', coalesce(ca.buurt_code, ca.wijk_code)) ORDER BY ca.granted_at)
                 FROM connector_areas ca WHERE ca.user_id = u.id), '[]') AS "connectorAreas"
FROM users u
WHERE $1::text IS NULL OR u.email ILIKE '%' || $1 || '%' OR u.display_name ILIKE '%' || $1 || '%'
ORDER BY u.created_at DESC, u.id
LIMIT $2;
