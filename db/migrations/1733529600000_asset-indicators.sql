-- Up Migration

-- The asset kompas (issue 6): what no existing instrument shows, computed live from the map, per wijk and for the
-- municipality. Per-inhabitant figures use the CBS 2024 inhabitants; without them the figure is missing. Residents'
-- items count only when not private, and only as numbers: no one is named or placed.
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

-- Down Migration

DROP VIEW asset_indicator_values;
