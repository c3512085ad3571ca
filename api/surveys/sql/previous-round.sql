-- The round before $1 for the same area.
SELECT p.id FROM survey_rounds r JOIN survey_rounds p ON p.area_type = r.area_type AND p.area_code = r.area_code AND p.opens_at < r.opens_at
WHERE r.id = $1 ORDER BY p.opens_at DESC LIMIT 1;
