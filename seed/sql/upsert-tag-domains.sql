-- $1: json array of {key, label_nl, label_en, sort}; only changed rows are rewritten.
INSERT INTO tag_domains (key, label_nl, label_en, sort)
SELECT d.key, d.label_nl, d.label_en, d.sort
FROM json_to_recordset($1::json) AS d (key text, label_nl text, label_en text, sort integer)
ON CONFLICT (key) DO UPDATE
SET label_nl = excluded.label_nl, label_en = excluded.label_en, sort = excluded.sort
WHERE (tag_domains.label_nl, tag_domains.label_en, tag_domains.sort) IS DISTINCT FROM (excluded.label_nl, excluded.label_en, excluded.sort)
RETURNING (xmax = 0) AS inserted;
