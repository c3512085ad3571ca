-- Every retired wijk and buurt with when and by which data source's import; by municipality, level and code.
SELECT 'wijk' AS level, w.code, w.name, w.municipality_code AS "municipalityCode",
       to_json(w.retired_at) #>> '{}' AS "retiredAt", w.retired_by AS "retiredBy"
FROM wijken w WHERE w.retired_at IS NOT NULL
UNION ALL
SELECT 'buurt', b.code, b.name, b.municipality_code, to_json(b.retired_at) #>> '{}', b.retired_by
FROM buurten b WHERE b.retired_at IS NOT NULL
ORDER BY "municipalityCode", level DESC, code;
