-- Per municipality, the latest survey round that asked all of it and has opened, and the year it opened.
SELECT DISTINCT ON (area_code) id, area_code, extract(year FROM opens_at)::integer AS year
FROM survey_rounds
WHERE area_type = 'municipality' AND opens_at <= now()
ORDER BY area_code, opens_at DESC;
