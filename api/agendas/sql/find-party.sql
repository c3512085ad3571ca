SELECT p.id, p.role, p.user_id, p.organisation_id, coalesce(o.name, u.display_name, p.name) AS name,
       EXISTS (SELECT 1 FROM organisation_members m WHERE m.organisation_id = p.organisation_id AND m.user_id = $3) AS member
FROM agenda_parties p LEFT JOIN organisations o ON o.id = p.organisation_id LEFT JOIN users u ON u.id = p.user_id
WHERE p.id = $2 AND p.agenda_id = $1;
