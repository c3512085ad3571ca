-- The whole taxonomy for labelling suggestions: every tag with its domain, and every domain, in both languages.
SELECT 'tag' AS what, t.key, t.domain_key AS domain, t.label_nl, t.label_en FROM tags t
UNION ALL
SELECT 'domain', d.key, d.key, d.label_nl, d.label_en FROM tag_domains d;
