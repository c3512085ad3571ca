-- The municipality $1, or without one ($1 null) the largest loaded municipality: the one with the most buurten.
SELECT m.code, m.name
FROM municipalities m
WHERE m.code = $1 OR ($1 IS NULL AND EXISTS (SELECT 1 FROM wijken w WHERE w.municipality_code = m.code))
ORDER BY (SELECT count(*) FROM buurten b WHERE b.municipality_code = m.code) DESC, m.code
LIMIT 1;
