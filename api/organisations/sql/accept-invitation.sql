-- Uses an open invitation once; NULL when it does not exist, was used or has expired.
UPDATE organisation_invitations
SET accepted_at = now(), accepted_by = $2
WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now()
RETURNING organisation_id AS "organisationId", email;
