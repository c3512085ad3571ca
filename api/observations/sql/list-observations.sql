-- Observations not hidden, newest first, in buurt $1 or in the buurten of wijk $2 (both NULL: all). Never who wrote them.
SELECT o.id, o.kind, o.body, ST_X(o.location) AS lng, ST_Y(o.location) AS lat, o.buurt_code AS "buurtCode",
       o.created_at AS "createdAt", o.photo IS NOT NULL AS "hasPhoto"
FROM observations o
WHERE o.hidden_at IS NULL
  AND ($1::text IS NULL OR o.buurt_code = $1)
  AND ($2::text IS NULL OR o.buurt_code IN (SELECT code FROM buurten WHERE wijk_code = $2))
ORDER BY o.created_at DESC
LIMIT 500;
