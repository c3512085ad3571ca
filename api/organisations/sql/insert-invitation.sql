-- $1 organisation, $2 e-mail, $3 token hash, $4 inviter; valid for 14 days.
INSERT INTO organisation_invitations (organisation_id, email, token_hash, invited_by, expires_at)
VALUES ($1, $2, $3, $4, now() + interval '14 days')
RETURNING id, expires_at;
