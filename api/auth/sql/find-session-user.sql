-- The account behind a session, as authorisation needs it.
SELECT u.id, u.display_name, u.language, u.is_admin,
       EXISTS (SELECT 1 FROM connector_areas c WHERE c.user_id = u.id) AS is_connector
FROM users u
WHERE u.id = $1;
