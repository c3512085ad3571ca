-- Up Migration

-- The asset kompas and the residents' judgement per buurt too (issue 6: the profile of a buurt and a wijk), each
-- computed in one pass over its sources, rolled up buurt → wijk → municipality with GROUPING SETS (the views they
-- replace ran a subquery per area and area kind).
--
-- CBS publishes no buurt figures and no buurt inhabitants (../shared/data/SOURCES.md), so a buurt has no
-- per-inhabitant asset figures: they stay missing ("no data"), never estimated from a share of the wijk. What needs no
-- inhabitants (coverage of skill domains, introductions accepted) a buurt does have.
DROP VIEW asset_indicator_values;
CREATE VIEW asset_indicator_values AS
WITH facts AS (
  -- One row per thing counted, in the buurt where it is: what it is, and whom or which domain it counts once.
  SELECT o.buurt_code, 'association' AS what, NULL::uuid AS who, NULL::text AS domain
  FROM organisations o WHERE o.kind = 'association' AND o.buurt_code IS NOT NULL
  UNION ALL
  SELECT p.buurt_code, 'meeting-place', NULL, NULL
  FROM assets p WHERE p.type = 'place' AND p.kind IN ('community-room', 'meeting-place', 'library') AND p.buurt_code IS NOT NULL
  UNION ALL
  -- Residents' talents count only when not private, and only as numbers: no one is named or placed.
  SELECT i.buurt_code, 'talent', i.owner_user_id, NULL
  FROM assets i
  WHERE i.type = 'inventory' AND i.kind IN ('skill', 'knowledge', 'gift-head', 'gift-hands', 'gift-heart')
    AND i.visibility <> 'private' AND i.buurt_code IS NOT NULL
  UNION ALL
  SELECT i.buurt_code, 'domain', NULL, t.domain_key
  FROM assets i CROSS JOIN unnest(i.tags) AS tag JOIN tags t ON t.key = tag
  WHERE i.type = 'inventory' AND i.kind IN ('skill', 'knowledge', 'gift-head', 'gift-hands', 'gift-heart')
    AND i.visibility <> 'private' AND i.buurt_code IS NOT NULL
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
SELECT a.area_type, a.area_code, v.indicator_key, extract(year FROM now())::integer AS year, v.value, NULL::text AS source
FROM areas a
CROSS JOIN LATERAL (VALUES
  ('associations-per-1000', round(1000.0 * a.associations / nullif(a.inhabitants, 0), 2)),
  ('meeting-places-per-1000', round(1000.0 * a.meeting_places / nullif(a.inhabitants, 0), 2)),
  ('residents-with-talents', round(100.0 * a.residents_with_talents / nullif(a.inhabitants, 0), 2)),
  ('skill-domain-coverage', round(100.0 * a.skill_domains / nullif(a.all_domains, 0), 1)),
  ('connectors-per-10000', round(10000.0 * a.connectors / nullif(a.inhabitants, 0), 2)),
  ('introductions-per-1000', round(1000.0 * a.introductions / nullif(a.inhabitants, 0), 2)),
  ('introductions-accepted', round(100.0 * a.accepted / nullif(a.introductions, 0), 1))
) AS v (indicator_key, value)
WHERE v.value IS NOT NULL;

-- The residents' grades per buurt, wijk and municipality in the latest municipality-wide round (so every area is
-- compared on the same round), each only from 5 answers in that area (below that the result is hidden: the same
-- threshold as api/surveys/surveys.service.ts RESULT_THRESHOLDS.hidden).
DROP VIEW judgement_indicator_values;
CREATE VIEW judgement_indicator_values AS
WITH latest AS (
  SELECT DISTINCT ON (r.area_code) r.id, r.area_code AS municipality_code, r.opens_at
  FROM survey_rounds r
  WHERE r.area_type = 'municipality' AND r.opens_at <= now()
  ORDER BY r.area_code, r.opens_at DESC
),
grouped AS (
  SELECT CASE WHEN GROUPING(b.code) = 0 THEN 'buurt' WHEN GROUPING(b.wijk_code) = 0 THEN 'wijk' ELSE 'municipality' END AS area_type,
         CASE WHEN GROUPING(b.code) = 0 THEN b.code WHEN GROUPING(b.wijk_code) = 0 THEN b.wijk_code ELSE l.municipality_code END AS area_code,
         min(l.opens_at) AS opens_at, count(*) AS n,
         avg(a.physical) AS physical, avg(a.social) AS social, avg(a.nuisance) AS nuisance, avg(a.safety) AS safety, avg(a.overall) AS overall
  FROM latest l JOIN survey_answers a ON a.round_id = l.id JOIN buurten b ON b.code = a.buurt_code
  GROUP BY GROUPING SETS ((l.municipality_code, b.wijk_code, b.code), (l.municipality_code, b.wijk_code), (l.municipality_code))
)
SELECT g.area_type, g.area_code, v.indicator_key, extract(year FROM g.opens_at)::integer AS year, round(v.value, 2) AS value,
       NULL::text AS source
FROM grouped g
CROSS JOIN LATERAL (VALUES
  ('grade-physical', g.physical), ('grade-social', g.social), ('grade-nuisance', g.nuisance),
  ('grade-safety', g.safety), ('grade-overall', g.overall)
) AS v (indicator_key, value)
WHERE g.n >= 5;

-- Down Migration

DROP VIEW judgement_indicator_values;
CREATE VIEW judgement_indicator_values AS
WITH latest AS (
  SELECT DISTINCT ON (r.area_code) r.id, r.area_code AS municipality_code, r.opens_at
  FROM survey_rounds r
  WHERE r.area_type = 'municipality' AND r.opens_at <= now()
  ORDER BY r.area_code, r.opens_at DESC
),
answers AS (
  SELECT l.municipality_code, l.opens_at, b.wijk_code, a.*
  FROM latest l JOIN survey_answers a ON a.round_id = l.id JOIN buurten b ON b.code = a.buurt_code
),
grouped AS (
  SELECT 'wijk' AS area_type, wijk_code AS area_code, min(opens_at) AS opens_at, count(*) AS n,
         avg(physical) AS physical, avg(social) AS social, avg(nuisance) AS nuisance, avg(safety) AS safety, avg(overall) AS overall
  FROM answers GROUP BY wijk_code
  UNION ALL
  SELECT 'municipality', municipality_code, min(opens_at), count(*),
         avg(physical), avg(social), avg(nuisance), avg(safety), avg(overall)
  FROM answers GROUP BY municipality_code
)
SELECT g.area_type, g.area_code, v.indicator_key, extract(year FROM g.opens_at)::integer AS year, round(v.value, 2) AS value,
       NULL::text AS source
FROM grouped g
CROSS JOIN LATERAL (VALUES
  ('grade-physical', g.physical), ('grade-social', g.social), ('grade-nuisance', g.nuisance),
  ('grade-safety', g.safety), ('grade-overall', g.overall)
) AS v (indicator_key, value)
WHERE g.n >= 5;

DROP VIEW asset_indicator_values;
CREATE VIEW asset_indicator_values AS
WITH areas AS (
  SELECT 'wijk' AS area_type, w.code AS area_code, ARRAY(SELECT b.code FROM buurten b WHERE b.wijk_code = w.code) AS buurten,
         f.inhabitants
  FROM wijken w LEFT JOIN wijk_key_figures f ON f.wijk_code = w.code AND f.year = 2024
  UNION ALL
  SELECT 'municipality', m.code, ARRAY(SELECT b.code FROM buurten b WHERE b.municipality_code = m.code),
         (SELECT sum(f.inhabitants)::integer FROM wijk_key_figures f JOIN wijken w ON w.code = f.wijk_code
          WHERE w.municipality_code = m.code AND f.year = 2024
          HAVING bool_and(f.inhabitants IS NOT NULL) AND count(*) = (SELECT count(*) FROM wijken x WHERE x.municipality_code = m.code))
  FROM municipalities m
),
counts AS (
  SELECT a.area_type, a.area_code, a.inhabitants,
         (SELECT count(*) FROM organisations o WHERE o.kind = 'association' AND o.buurt_code = ANY (a.buurten)) AS associations,
         (SELECT count(*) FROM assets p WHERE p.type = 'place' AND p.kind IN ('community-room', 'meeting-place', 'library')
            AND p.buurt_code = ANY (a.buurten)) AS meeting_places,
         (SELECT count(DISTINCT i.owner_user_id) FROM assets i
          WHERE i.type = 'inventory' AND i.kind IN ('skill', 'knowledge', 'gift-head', 'gift-hands', 'gift-heart')
            AND i.visibility <> 'private' AND i.buurt_code = ANY (a.buurten)) AS residents_with_talents,
         (SELECT count(DISTINCT t.domain_key) FROM assets i CROSS JOIN unnest(i.tags) AS tag JOIN tags t ON t.key = tag
          WHERE i.type = 'inventory' AND i.kind IN ('skill', 'knowledge', 'gift-head', 'gift-hands', 'gift-heart')
            AND i.visibility <> 'private' AND i.buurt_code = ANY (a.buurten)) AS skill_domains,
         (SELECT count(*) FROM tag_domains) AS all_domains,
         (SELECT count(DISTINCT ca.user_id) FROM connector_areas ca
          WHERE ca.buurt_code = ANY (a.buurten) OR ca.wijk_code IN (SELECT b.wijk_code FROM buurten b WHERE b.code = ANY (a.buurten))) AS connectors,
         (SELECT count(*) FROM introductions n WHERE n.buurt_code = ANY (a.buurten) AND n.created_at > now() - interval '12 months') AS introductions,
         (SELECT count(*) FROM introductions n WHERE n.buurt_code = ANY (a.buurten) AND n.created_at > now() - interval '12 months'
            AND n.status IN ('accepted', 'met')) AS accepted
  FROM areas a
)
SELECT c.area_type, c.area_code, v.indicator_key, extract(year FROM now())::integer AS year, v.value, NULL::text AS source
FROM counts c
CROSS JOIN LATERAL (VALUES
  ('associations-per-1000', round(1000.0 * c.associations / nullif(c.inhabitants, 0), 2)),
  ('meeting-places-per-1000', round(1000.0 * c.meeting_places / nullif(c.inhabitants, 0), 2)),
  ('residents-with-talents', round(100.0 * c.residents_with_talents / nullif(c.inhabitants, 0), 2)),
  ('skill-domain-coverage', round(100.0 * c.skill_domains / nullif(c.all_domains, 0), 1)),
  ('connectors-per-10000', round(10000.0 * c.connectors / nullif(c.inhabitants, 0), 2)),
  ('introductions-per-1000', round(1000.0 * c.introductions / nullif(c.inhabitants, 0), 2)),
  ('introductions-accepted', round(100.0 * c.accepted / nullif(c.introductions, 0), 1))
) AS v (indicator_key, value)
WHERE v.value IS NOT NULL;
