-- Tags in an area ($1: the codes of one buurt, or of a wijk's buurten) with how often they occur: on public assets,
-- and on residents' public items only where at least k ($2) residents of one buurt share the tag, so no tag points at
-- one person (and a wijk's counts are sums of what its buurten show). $3: label language. $4: the age in days from
-- which a confirmed account counts (uncounted_residents); the others' items are left out. Residents' items as the
-- 'public' audience sees them (map_audience_sees): a summary is the same for every viewer.
WITH public_tags AS (
  SELECT tag FROM organisations o, unnest(o.tags) AS tag WHERE o.buurt_code = ANY ($1)
  UNION ALL
  SELECT tag FROM assets a, unnest(a.tags) AS tag WHERE a.buurt_code = ANY ($1) AND a.owner_user_id IS NULL
),
resident_tags AS (
  SELECT tag, count(*) AS items
  FROM assets a JOIN users u ON u.id = a.owner_user_id, unnest(a.tags) AS tag
  WHERE u.home_buurt_code = ANY ($1) AND a.visibility = ANY (map_audience_sees('public')) AND a.type IN ('inventory', 'thing')
    AND u.id NOT IN (SELECT uncounted_residents($4))
  GROUP BY u.home_buurt_code, tag
  HAVING count(DISTINCT a.owner_user_id) >= $2
),
counted AS (
  SELECT tag, sum(n)::int AS count FROM (
    SELECT tag, count(*) AS n FROM public_tags GROUP BY tag
    UNION ALL
    SELECT tag, items FROM resident_tags
  ) s GROUP BY tag
)
SELECT c.tag AS key, CASE WHEN $3 = 'en' THEN t.label_en ELSE t.label_nl END AS label, t.domain_key AS domain,
       CASE WHEN $3 = 'en' THEN d.label_en ELSE d.label_nl END AS domain_label, c.count
FROM counted c
JOIN tags t ON t.key = c.tag
JOIN tag_domains d ON d.key = t.domain_key
ORDER BY c.count DESC, c.tag;
