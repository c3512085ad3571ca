-- The connectors who act for a buurt ($1): for the buurt itself, or for its wijk. Display names only.
SELECT DISTINCT u.id, u.display_name AS "displayName"
FROM connector_areas ca
JOIN users u ON u.id = ca.user_id
JOIN buurten b ON b.code = $1
WHERE ca.buurt_code = b.code OR ca.wijk_code = b.wijk_code
ORDER BY u.display_name;
