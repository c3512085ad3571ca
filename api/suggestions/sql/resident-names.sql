-- Display names, languages and buurten of residents $1 (the few suggestions shown, and the nearest members of a group). The
-- buurt is all that is said of where a resident lives: a finer place and the viewer's own home would give the distance.
SELECT u.id, u.display_name AS name, u.language, b.code AS buurt_code, b.name AS buurt_name
FROM users u LEFT JOIN buurten b ON b.code = u.home_buurt_code
WHERE u.id = ANY ($1::uuid[]);
