-- The parties of agenda $1, by role, with whether each is viewer $2 or an organisation they belong to.
SELECT p.id, p.role, p.organisation_id,
       CASE WHEN p.organisation_id IS NOT NULL THEN 'organisation' WHEN p.user_id IS NOT NULL THEN 'resident' ELSE 'named' END AS kind,
       coalesce(o.name, u.display_name, p.name) AS name,
       coalesce(p.user_id = $2 OR EXISTS (SELECT 1 FROM organisation_members m WHERE m.organisation_id = p.organisation_id AND m.user_id = $2), false) AS mine
FROM agenda_parties p
LEFT JOIN organisations o ON o.id = p.organisation_id
LEFT JOIN users u ON u.id = p.user_id
WHERE p.agenda_id = $1
ORDER BY array_position(ARRAY['resident', 'professional', 'municipality'], p.role), p.created_at;
