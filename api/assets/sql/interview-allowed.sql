-- May connector $2 record for resident $1? Only with the resident's active consent for this connector, and only
-- when the resident's home buurt lies in the connector's areas (a buurt, or the wijk it belongs to).
SELECT EXISTS (
  SELECT 1
  FROM interview_consents ic
  JOIN users r ON r.id = ic.resident_id
  JOIN buurten b ON b.code = r.home_buurt_code
  JOIN connector_areas ca ON ca.user_id = ic.connector_id AND (ca.buurt_code = b.code OR ca.wijk_code = b.wijk_code)
  WHERE ic.resident_id = $1 AND ic.connector_id = $2 AND ic.withdrawn_at IS NULL
) AS allowed;
