-- Organisation $1, and whether account $2 belongs to it.
SELECT o.id, o.name, EXISTS (SELECT 1 FROM organisation_members m WHERE m.organisation_id = o.id AND m.user_id = $2) AS member
FROM organisations o WHERE o.id = $1;
