-- The agendas viewer $2 may see (published ones, and drafts they take part in), of area $1 (a buurt's own and its
-- wijk's; a wijk's own and its buurten's) or of every area when $1 is NULL, and of municipality $3 when it is not
-- NULL; newest year first.
SELECT a.id, a.year, a.status, a.published_at, a.updated_at,
       CASE WHEN a.buurt_code IS NOT NULL THEN 'buurt' ELSE 'wijk' END AS area_type,
       coalesce(a.buurt_code, a.wijk_code) AS area_code, coalesce(b.name, w.name) AS area_name
FROM agendas a
LEFT JOIN buurten b ON b.code = a.buurt_code
LEFT JOIN wijken w ON w.code = a.wijk_code
WHERE ($1::text IS NULL
       OR a.buurt_code = $1 OR a.wijk_code = $1
       OR a.wijk_code = (SELECT x.wijk_code FROM buurten x WHERE x.code = $1)
       OR b.wijk_code = $1)
  AND ($3::text IS NULL OR coalesce(b.municipality_code, w.municipality_code) = $3)
  AND (a.status = 'published' OR agenda_takes_part(a.id, $2))
ORDER BY a.year DESC, coalesce(b.name, w.name)
LIMIT 200;
