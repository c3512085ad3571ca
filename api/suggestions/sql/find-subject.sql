-- A subject's name and whether it has a point to measure from: resident $2 / organisation / place ($1 = kind).
SELECT u.display_name AS name, u.home_location IS NOT NULL AS located FROM users u WHERE $1 = 'resident' AND u.id = $2
UNION ALL
SELECT o.name, o.location IS NOT NULL FROM organisations o WHERE $1 = 'organisation' AND o.id = $2
UNION ALL
SELECT a.title, true FROM assets a WHERE $1 = 'place' AND a.id = $2 AND a.type = 'place';
