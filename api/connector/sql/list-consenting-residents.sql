-- Residents who gave this connector ($1) their consent for interview mode, with their buurt (never their point).
SELECT u.id, u.display_name, b.code AS buurt_code, b.name AS buurt_name, ic.given_at
FROM interview_consents ic
JOIN users u ON u.id = ic.resident_id
LEFT JOIN buurten b ON b.code = u.home_buurt_code
WHERE ic.connector_id = $1 AND ic.withdrawn_at IS NULL
ORDER BY u.display_name;
