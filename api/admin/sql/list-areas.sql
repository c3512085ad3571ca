-- Every loaded wijk and buurt by name and code, without geometry: what an administrator picks a connector area from.
-- Each buurt names its wijk; each names its municipality. Ordered so that a wijk comes just before its buurten.
SELECT 'wijk' AS type, w.code, w.name, NULL AS wijk_code, NULL AS wijk_name,
       m.code AS municipality_code, m.name AS municipality_name, m.name AS sort_municipality, w.name AS sort_wijk, 0 AS sort_level
FROM wijken w
JOIN municipalities m ON m.code = w.municipality_code
UNION ALL
SELECT 'buurt', b.code, b.name, w.code, w.name, m.code, m.name, m.name, w.name, 1
FROM buurten b
JOIN wijken w ON w.code = b.wijk_code
JOIN municipalities m ON m.code = b.municipality_code
ORDER BY sort_municipality, sort_wijk, sort_level, name, code;
