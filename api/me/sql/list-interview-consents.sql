SELECT ic.id, json_build_object('id', ic.connector_id, 'displayName', u.display_name) AS connector,
       ic.text_version AS "textVersion", ic.given_at AS "givenAt", ic.withdrawn_at AS "withdrawnAt"
FROM interview_consents ic JOIN users u ON u.id = ic.connector_id
WHERE ic.resident_id = $1
ORDER BY ic.given_at DESC;
