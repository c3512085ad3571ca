-- Every buurt or wijk ($1), by code.
SELECT code, name FROM buurten WHERE $1 = 'buurt'
UNION ALL
SELECT code, name FROM wijken WHERE $1 = 'wijk'
ORDER BY code;
