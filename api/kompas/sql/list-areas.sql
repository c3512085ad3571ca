-- Every buurt or wijk ($1) of municipality $2, by code.
SELECT code, name FROM buurten WHERE $1 = 'buurt' AND municipality_code = $2
UNION ALL
SELECT code, name FROM wijken WHERE $1 = 'wijk' AND municipality_code = $2
ORDER BY code;
