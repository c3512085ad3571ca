-- An agenda as viewer $2 (NULL: anonymous) may act on it: its area, and whether they edit it or take part.
SELECT a.id, a.year, a.status, a.buurt_code, a.wijk_code, a.urgency, a.counting_telling, a.published_at, a.updated_at,
       CASE WHEN a.buurt_code IS NOT NULL THEN 'buurt' ELSE 'wijk' END AS area_type,
       coalesce(a.buurt_code, a.wijk_code) AS area_code, coalesce(b.name, w.name) AS area_name,
       m.code AS municipality_code, m.name AS municipality_name,
       $2::uuid IS NOT NULL AND agenda_may_edit(a.id, $2) AS may_edit,
       agenda_takes_part(a.id, $2) AS takes_part
FROM agendas a
LEFT JOIN buurten b ON b.code = a.buurt_code
LEFT JOIN wijken w ON w.code = a.wijk_code
JOIN municipalities m ON m.code = coalesce(b.municipality_code, w.municipality_code)
WHERE a.id = $1;
