SELECT ic.id, ic.connector_id, u.display_name AS connector_name, ic.text_version, ic.given_at, ic.withdrawn_at
FROM interview_consents ic JOIN users u ON u.id = ic.connector_id
WHERE ic.resident_id = $1
ORDER BY ic.given_at DESC;
