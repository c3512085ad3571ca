-- $1: json array of {key, domain_key, label_nl, label_en}; tags that admins added are left alone.
INSERT INTO tags (key, domain_key, label_nl, label_en)
SELECT t.key, t.domain_key, t.label_nl, t.label_en
FROM json_to_recordset($1::json) AS t (key text, domain_key text, label_nl text, label_en text)
ON CONFLICT (key) DO UPDATE
SET domain_key = excluded.domain_key, label_nl = excluded.label_nl, label_en = excluded.label_en
WHERE (tags.domain_key, tags.label_nl, tags.label_en) IS DISTINCT FROM (excluded.domain_key, excluded.label_nl, excluded.label_en)
RETURNING (xmax = 0) AS inserted;
