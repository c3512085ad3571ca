SELECT w.code, w.name, w.municipality_code, m.name AS municipality_name
FROM wijken w JOIN municipalities m ON m.code = w.municipality_code
WHERE w.code = $1;
