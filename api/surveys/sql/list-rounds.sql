-- Survey rounds, newest first; only those covering buurt $1 when given (its buurt, its wijk, its municipality).
SELECT r.id, r.area_type, r.area_code, r.title, r.opens_at, r.closes_at,
       now() BETWEEN r.opens_at AND r.closes_at AS open
FROM survey_rounds r
WHERE $1::text IS NULL
   OR (r.area_type = 'buurt' AND r.area_code = $1)
   OR (r.area_type = 'wijk' AND r.area_code = (SELECT wijk_code FROM buurten WHERE code = $1))
   OR (r.area_type = 'municipality' AND r.area_code = (SELECT municipality_code FROM buurten WHERE code = $1))
ORDER BY r.opens_at DESC
LIMIT 100;
