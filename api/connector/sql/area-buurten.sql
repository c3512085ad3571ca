-- The buurten of area $2 (a buurt code, or a wijk code) that connector $1 acts for, with whether the area exists at all.
-- A wijk counts only when the connector is connector of the whole wijk.
SELECT b.code, b.name, b.wijk_code, w.name AS wijk_name,
       (b.code IN (SELECT connector_buurt_codes($1))
        AND (b.code = $2 OR EXISTS (SELECT 1 FROM connector_areas ca WHERE ca.user_id = $1 AND ca.wijk_code = $2))) AS covered
FROM buurten b JOIN wijken w ON w.code = b.wijk_code
WHERE b.code = $2 OR b.wijk_code = $2
ORDER BY b.name;
