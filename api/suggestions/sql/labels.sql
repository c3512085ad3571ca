-- Labels of tags $1 and domains $2 in language $3 ('nl' | 'en').
SELECT 'tag' AS what, key, CASE WHEN $3 = 'en' THEN label_en ELSE label_nl END AS label FROM tags WHERE key = ANY ($1)
UNION ALL
SELECT 'domain', key, CASE WHEN $3 = 'en' THEN label_en ELSE label_nl END FROM tag_domains WHERE key = ANY ($2);
