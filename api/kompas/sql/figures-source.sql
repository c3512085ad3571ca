-- The source of municipality $1's latest key figures (title, publisher, year), if it has any.
SELECT s.title, s.publisher, f.year
FROM wijk_key_figures f
JOIN wijken w ON w.code = f.wijk_code
JOIN data_sources s ON s.key = f.source
WHERE w.municipality_code = $1
ORDER BY f.year DESC, s.key
LIMIT 1;
