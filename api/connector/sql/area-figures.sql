-- Per buurt of an area (buurt codes $1): introductions made, still asked, accepted (including met), declined, and met.
SELECT b.code, b.name,
       count(i.id)::integer AS made,
       count(i.id) FILTER (WHERE i.status = 'asked')::integer AS asked,
       count(i.id) FILTER (WHERE i.status IN ('accepted', 'met'))::integer AS accepted,
       count(i.id) FILTER (WHERE i.status = 'declined')::integer AS declined,
       count(i.id) FILTER (WHERE i.status = 'met')::integer AS met
FROM buurten b
LEFT JOIN introductions i ON i.buurt_code = b.code
WHERE b.code = ANY ($1::text[])
GROUP BY b.code, b.name
ORDER BY b.name;
