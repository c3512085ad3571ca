-- Removes a member, but never the last owner (the organisation would have nobody to run it).
DELETE FROM organisation_members m
WHERE m.organisation_id = $1 AND m.user_id = $2
  AND (m.role <> 'owner' OR EXISTS (SELECT 1 FROM organisation_members o
                                    WHERE o.organisation_id = $1 AND o.role = 'owner' AND o.user_id <> $2))
RETURNING m.user_id;
