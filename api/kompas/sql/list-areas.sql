-- Every current buurt or wijk ($1) of municipality $2, by code (a retired one is history: not listed).
SELECT code, name FROM buurten WHERE $1 = 'buurt' AND municipality_code = $2 AND retired_at IS NULL
UNION ALL
SELECT code, name FROM wijken WHERE $1 = 'wijk' AND municipality_code = $2 AND retired_at IS NULL
ORDER BY code;
