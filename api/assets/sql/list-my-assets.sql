-- My own items (and those of organisations I belong to): what the "still active?" prompt is about.
SELECT a.id
FROM assets a
WHERE a.owner_user_id = $1
   OR EXISTS (SELECT 1 FROM organisation_members m WHERE m.organisation_id = a.owner_organisation_id AND m.user_id = $1)
   OR (a.owner_user_id IS NULL AND a.owner_organisation_id IS NULL AND a.created_by = $1)
ORDER BY a.last_confirmed_at, a.title;
