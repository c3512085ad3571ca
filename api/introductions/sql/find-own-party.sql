-- The asker as a party: themselves ($2 NULL) or an organisation $2 they are a member of. Nothing when they are not.
SELECT u.id AS user_id, NULL::uuid AS organisation_id, u.home_buurt_code AS buurt_code, u.display_name AS name
FROM users u WHERE u.id = $1 AND $2::uuid IS NULL
UNION ALL
SELECT NULL, o.id, o.buurt_code, o.name
FROM organisations o JOIN organisation_members m ON m.organisation_id = o.id AND m.user_id = $1
WHERE o.id = $2;
