-- Every domain with its tags, retired ones included: items that carry a retired tag still need its labels.
SELECT d.key, d.label_nl, d.label_en,
       coalesce(json_agg(json_build_object('key', t.key, 'nl', t.label_nl, 'en', t.label_en,
                                           'retired', t.retired_at IS NOT NULL) ORDER BY t.label_nl)
                FILTER (WHERE t.key IS NOT NULL), '[]') AS tags
FROM tag_domains d
LEFT JOIN tags t ON t.domain_key = d.key
GROUP BY d.key
ORDER BY d.sort, d.key;
