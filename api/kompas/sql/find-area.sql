-- A buurt or wijk ($1) by code ($2), retired or not, with the wijk it is (or lies in), its municipality, and the current
-- buurten of that wijk.
SELECT $1::text AS type, a.code, a.name, a.wijk_code, a.wijk_name, a.municipality_code, m.name AS municipality_name,
       coalesce((SELECT json_agg(json_build_object('code', b.code, 'name', b.name) ORDER BY b.name)
                 FROM buurten b WHERE b.wijk_code = a.wijk_code AND b.retired_at IS NULL), '[]') AS buurten
FROM (
  SELECT b.code, b.name, w.code AS wijk_code, w.name AS wijk_name, b.municipality_code
  FROM buurten b JOIN wijken w ON w.code = b.wijk_code WHERE $1 = 'buurt' AND b.code = $2
  UNION ALL
  SELECT w.code, w.name, w.code, w.name, w.municipality_code FROM wijken w WHERE $1 = 'wijk' AND w.code = $2
) a JOIN municipalities m ON m.code = a.municipality_code;
