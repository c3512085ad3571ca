-- The given tags ($1) that are not in the taxonomy, with their position in the list (1-based).
SELECT x.tag, x.position
FROM unnest($1::text[]) WITH ORDINALITY AS x (tag, position)
WHERE NOT EXISTS (SELECT 1 FROM tags t WHERE t.key = x.tag)
ORDER BY x.position;
