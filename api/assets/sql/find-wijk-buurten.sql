-- A wijk ($1) with the codes of its buurten (none for a wijk without buurten of its own).
SELECT w.code, w.name, coalesce(array_agg(b.code ORDER BY b.code) FILTER (WHERE b.code IS NOT NULL), '{}') AS buurten
FROM wijken w
LEFT JOIN buurten b ON b.wijk_code = w.code
WHERE w.code = $1
GROUP BY w.code, w.name;
