-- Tags $1 with their domain and label, and the labels of their domains, in language $2 ('nl' | 'en').
SELECT 'tag' AS what, t.key, t.domain_key AS domain, CASE WHEN $2 = 'en' THEN t.label_en ELSE t.label_nl END AS label
FROM tags t WHERE t.key = ANY ($1)
UNION ALL
SELECT 'domain', d.key, d.key, CASE WHEN $2 = 'en' THEN d.label_en ELSE d.label_nl END
FROM tag_domains d WHERE d.key IN (SELECT t.domain_key FROM tags t WHERE t.key = ANY ($1));
