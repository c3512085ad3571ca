-- Asset $1 and whether account $2 owns it: their own, or their organisation's. Private items cannot be pledged in
-- public, so only what its owner shows to others.
SELECT s.id, s.title, s.type, s.visibility,
       s.owner_user_id = $2
       OR (s.owner_user_id IS NULL AND s.owner_organisation_id IS NULL AND s.created_by = $2)
       OR EXISTS (SELECT 1 FROM organisation_members m WHERE m.organisation_id = s.owner_organisation_id AND m.user_id = $2) AS owns
FROM assets s WHERE s.id = $1;
