-- The account behind a session, as authorisation needs it.
SELECT u.id, u.display_name AS "displayName", u.language, u.is_admin AS "isAdmin",
       EXISTS (SELECT 1 FROM connector_areas c WHERE c.user_id = u.id) AS "isConnector"
FROM users u
WHERE u.id = $1;
