-- $1 resident, $2 connector (must be a connector), $3 text version. Nothing when $2 is no connector.
INSERT INTO interview_consents (resident_id, connector_id, text_version)
SELECT $1, u.id, $3 FROM users u
WHERE u.id = $2 AND EXISTS (SELECT 1 FROM connector_areas ca WHERE ca.user_id = u.id)
ON CONFLICT (resident_id, connector_id) WHERE withdrawn_at IS NULL DO UPDATE SET text_version = excluded.text_version
RETURNING id;
