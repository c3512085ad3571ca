-- The indicator definitions in language $1, with their source (title, publisher, year), in display order.
SELECT i.key, i.family, i.quarter, i.theme, i.unit, i.direction,
       CASE WHEN $1 = 'en' THEN i.label_en ELSE i.label_nl END AS label,
       CASE WHEN $1 = 'en' THEN i.explanation_en ELSE i.explanation_nl END AS explanation,
       s.title AS source_title, s.publisher AS source_publisher, s.year AS source_year
FROM indicators i LEFT JOIN data_sources s ON s.key = i.source
ORDER BY i.sort;
