-- The asset kompas counted from the whole map on every request, as it was before the counts were kept: the reference
-- that tests/db/kompas-counts.test.ts compares the kept counts to (from a migration that the baseline replaced), with
-- the number each value rests on.
WITH facts AS (
  -- One row per thing counted, in the buurt where it is: what it is, and whom or which domain it counts once.
  SELECT o.buurt_code, 'association' AS what, NULL::uuid AS who, NULL::text AS domain
  FROM organisations o WHERE o.kind = 'association' AND o.buurt_code IS NOT NULL
  UNION ALL
  SELECT p.buurt_code, 'meeting-place', NULL, NULL
  FROM assets p WHERE p.type = 'place' AND p.kind IN ('community-room', 'meeting-place', 'library') AND p.buurt_code IS NOT NULL
  UNION ALL
  -- Residents' talents count only when shared with the public audience, and only as numbers: no one is named or placed.
  SELECT i.buurt_code, 'talent', i.owner_user_id, NULL
  FROM assets i
  WHERE i.type = 'inventory' AND i.kind IN ('skill', 'knowledge', 'gift-head', 'gift-hands', 'gift-heart')
    AND i.visibility = 'public' AND i.buurt_code IS NOT NULL
  UNION ALL
  SELECT i.buurt_code, 'domain', NULL, t.domain_key
  FROM assets i CROSS JOIN unnest(i.tags) AS tag JOIN tags t ON t.key = tag
  WHERE i.type = 'inventory' AND i.kind IN ('skill', 'knowledge', 'gift-head', 'gift-hands', 'gift-heart')
    AND i.visibility = 'public' AND i.buurt_code IS NOT NULL
  UNION ALL
  -- A connector of a wijk is a connector of each of its buurten.
  SELECT b.code, 'connector', ca.user_id, NULL
  FROM connector_areas ca JOIN buurten b ON b.code = ca.buurt_code OR b.wijk_code = ca.wijk_code
  UNION ALL
  SELECT n.buurt_code, CASE WHEN n.status IN ('accepted', 'met') THEN 'accepted-introduction' ELSE 'introduction' END, NULL, NULL
  FROM introductions n WHERE n.buurt_code IS NOT NULL AND n.created_at > now() - interval '12 months'
),
counts AS (
  SELECT CASE WHEN GROUPING(b.code) = 0 THEN 'buurt' WHEN GROUPING(w.code) = 0 THEN 'wijk' ELSE 'municipality' END AS area_type,
         CASE WHEN GROUPING(b.code) = 0 THEN b.code WHEN GROUPING(w.code) = 0 THEN w.code ELSE w.municipality_code END AS area_code,
         count(*) FILTER (WHERE f.what = 'association') AS associations,
         count(*) FILTER (WHERE f.what = 'meeting-place') AS meeting_places,
         count(DISTINCT f.who) FILTER (WHERE f.what = 'talent') AS residents_with_talents,
         count(DISTINCT f.domain) FILTER (WHERE f.what = 'domain') AS skill_domains,
         count(DISTINCT f.who) FILTER (WHERE f.what = 'connector') AS connectors,
         count(*) FILTER (WHERE f.what IN ('introduction', 'accepted-introduction')) AS introductions,
         count(*) FILTER (WHERE f.what = 'accepted-introduction') AS accepted
  -- From the wijken, so that a wijk without buurten on the map (Biezenmortel) still counts, as zero.
  FROM wijken w LEFT JOIN buurten b ON b.wijk_code = w.code LEFT JOIN facts f ON f.buurt_code = b.code
  GROUP BY GROUPING SETS ((w.municipality_code, w.code, b.code), (w.municipality_code, w.code), (w.municipality_code))
),
inhabitants AS (
  SELECT 'wijk' AS area_type, f.wijk_code AS area_code, f.inhabitants FROM wijk_key_figures f WHERE f.year = 2024
  UNION ALL
  -- The municipality's inhabitants only when every wijk has a figure.
  SELECT 'municipality', w.municipality_code, sum(f.inhabitants)::integer
  FROM wijken w LEFT JOIN wijk_key_figures f ON f.wijk_code = w.code AND f.year = 2024
  GROUP BY w.municipality_code
  HAVING bool_and(f.inhabitants IS NOT NULL)
),
areas AS (
  SELECT c.*, i.inhabitants, (SELECT count(*) FROM tag_domains) AS all_domains
  FROM counts c LEFT JOIN inhabitants i ON i.area_type = c.area_type AND i.area_code = c.area_code
  WHERE c.area_code IS NOT NULL
)
SELECT a.area_type, a.area_code, v.indicator_key, extract(year FROM now())::integer AS year, v.value, NULL::text AS source,
       v.count
FROM areas a
CROSS JOIN LATERAL (VALUES
  ('associations-per-1000', round(1000.0 * a.associations / nullif(a.inhabitants, 0), 2), a.associations::integer),
  ('meeting-places-per-1000', round(1000.0 * a.meeting_places / nullif(a.inhabitants, 0), 2), a.meeting_places::integer),
  ('residents-with-talents', round(100.0 * a.residents_with_talents / nullif(a.inhabitants, 0), 2), a.residents_with_talents::integer),
  ('skill-domain-coverage', round(100.0 * a.skill_domains / nullif(a.all_domains, 0), 1), NULL::integer),
  ('connectors-per-10000', round(10000.0 * a.connectors / nullif(a.inhabitants, 0), 2), a.connectors::integer),
  ('introductions-per-1000', round(1000.0 * a.introductions / nullif(a.inhabitants, 0), 2), a.introductions::integer),
  ('introductions-accepted', round(100.0 * a.accepted / nullif(a.introductions, 0), 1), a.introductions::integer)
) AS v (indicator_key, value, count)
WHERE v.value IS NOT NULL
