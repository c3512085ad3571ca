-- Members by display name only: e-mail addresses are never shown to others.
SELECT u.id AS "userId", u.display_name AS "displayName", m.role, m.joined_at AS "joinedAt"
FROM organisation_members m JOIN users u ON u.id = m.user_id
WHERE m.organisation_id = $1
ORDER BY m.role DESC, u.display_name;
