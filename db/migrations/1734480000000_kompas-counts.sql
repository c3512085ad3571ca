-- Up Migration

-- The asset kompas from counts kept per buurt, wijk and municipality as assets, organisations and tags are written,
-- in the same statement, so a kompas request (and an agenda's buurtscan, built from it) reads about a thousand small
-- rows instead of recounting every asset on the map (130–190 ms of database time per request at the demo's size,
-- growing with the map). Counted live as before: what time changes (introductions of the last 12 months) and what is
-- small (connector areas).

-- Per area, each thing counted and how often: `n` associations or meeting places (key ''), `n` talents of the
-- resident whose id is the key, or `n` talents tagged in the domain that is the key. A wijk's and a municipality's
-- rows are those of their buurten added up, so a resident or domain counts once per area however many buurten hold it.
-- No CHECK (n >= 0): a delta row of -1 is checked as proposed, before ON CONFLICT turns it into an update; zero rows
-- are deleted by the statement that made them zero.
CREATE TABLE kompas_facts (
  area_type  text NOT NULL CHECK (area_type IN ('buurt', 'wijk', 'municipality')),
  area_code  text NOT NULL,
  what       text NOT NULL CHECK (what IN ('association', 'meeting-place', 'talent', 'domain')),
  key        text NOT NULL,
  n          integer NOT NULL,
  PRIMARY KEY (area_type, area_code, what, key)
);
CREATE INDEX kompas_facts_zero_idx ON kompas_facts (area_code) WHERE n = 0;

-- Per area and what: associations and meeting places summed, residents with talents and domains counted (the
-- area's rows in kompas_facts). What the kompas reads.
CREATE TABLE kompas_counts (
  area_type  text NOT NULL,
  area_code  text NOT NULL,
  what       text NOT NULL,
  n          bigint NOT NULL,
  PRIMARY KEY (area_type, area_code, what)
);

-- A change to the counts: `n` more (or fewer) of `what` with `key` in a buurt.
CREATE TYPE kompas_delta AS (buurt_code text, what text, key text, n integer);

-- The one definition of what an asset counts for in the kompas: a meeting place; or (residents' talents, when not
-- private, only as numbers: no one is named or placed) a talent of its owner and the domain of each of its tags.
CREATE FUNCTION kompas_asset_facts(type text, kind text, visibility text, owner uuid, item_tags text[])
RETURNS TABLE (what text, key text) LANGUAGE sql STABLE AS $$
  SELECT 'meeting-place', '' WHERE type = 'place' AND kind IN ('community-room', 'meeting-place', 'library')
  UNION ALL
  SELECT f.what, f.key
  FROM (SELECT 'talent' AS what, owner::text AS key
        UNION ALL
        SELECT 'domain', t.domain_key FROM unnest(item_tags) AS tag JOIN tags t ON t.key = tag) f
  WHERE type = 'inventory' AND kind IN ('skill', 'knowledge', 'gift-head', 'gift-hands', 'gift-heart') AND visibility <> 'private'
$$;

CREATE FUNCTION kompas_organisation_facts(kind text) RETURNS TABLE (what text, key text) LANGUAGE sql IMMUTABLE AS $$
  SELECT 'association', '' WHERE kind = 'association'
$$;

-- Applies changes per buurt to the buurt, its wijk and its municipality, rows locked in key order (concurrent writers
-- cannot deadlock on them). A resident or domain changes an area's count when its row appears or goes.
CREATE FUNCTION kompas_facts_add(deltas kompas_delta[]) RETURNS void LANGUAGE sql AS $$
  WITH levels AS (
    SELECT l.area_type, l.area_code, d.what, d.key, sum(d.n)::integer AS n
    FROM unnest(deltas) AS d JOIN buurten b ON b.code = d.buurt_code
    CROSS JOIN LATERAL (VALUES ('buurt', b.code), ('wijk', b.wijk_code), ('municipality', b.municipality_code)) AS l (area_type, area_code)
    GROUP BY 1, 2, 3, 4
    HAVING sum(d.n) <> 0
  ),
  changed AS (
    INSERT INTO kompas_facts AS f (area_type, area_code, what, key, n)
    SELECT * FROM levels ORDER BY 1, 2, 3, 4
    ON CONFLICT (area_type, area_code, what, key) DO UPDATE SET n = f.n + excluded.n
    RETURNING f.area_type, f.area_code, f.what, f.key, f.n
  )
  INSERT INTO kompas_counts AS c (area_type, area_code, what, n)
  SELECT ch.area_type, ch.area_code, ch.what,
         sum(CASE WHEN ch.what IN ('association', 'meeting-place') THEN l.n
                  WHEN ch.n > 0 AND ch.n - l.n <= 0 THEN 1
                  WHEN ch.n <= 0 AND ch.n - l.n > 0 THEN -1
                  ELSE 0 END)
  FROM changed ch JOIN levels l USING (area_type, area_code, what, key)
  GROUP BY 1, 2, 3
  ORDER BY 1, 2, 3
  ON CONFLICT (area_type, area_code, what) DO UPDATE SET n = c.n + excluded.n;
  DELETE FROM kompas_facts WHERE n = 0;
$$;

-- Everything counted again, from the map: for a start, and when a tag that items carry changes domain.
CREATE FUNCTION kompas_recount() RETURNS void LANGUAGE sql AS $$
  DELETE FROM kompas_facts;
  DELETE FROM kompas_counts;
  SELECT kompas_facts_add(ARRAY(
    SELECT ROW(d.buurt_code, d.what, d.key, d.n)::kompas_delta
    FROM (SELECT a.buurt_code, f.what, f.key, count(*)::integer AS n
          FROM assets a CROSS JOIN LATERAL kompas_asset_facts(a.type, a.kind, a.visibility, a.owner_user_id, a.tags) f
          WHERE a.buurt_code IS NOT NULL
          GROUP BY 1, 2, 3
          UNION ALL
          SELECT o.buurt_code, f.what, f.key, count(*)::integer
          FROM organisations o CROSS JOIN LATERAL kompas_organisation_facts(o.kind) f
          WHERE o.buurt_code IS NOT NULL
          GROUP BY 1, 2, 3) d));
$$;

CREATE FUNCTION assets_count_kompas() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  removed kompas_delta[];
  added kompas_delta[];
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT array_agg(ROW(r.buurt_code, f.what, f.key, -1)::kompas_delta) INTO removed
    FROM old_rows r CROSS JOIN LATERAL kompas_asset_facts(r.type, r.kind, r.visibility, r.owner_user_id, r.tags) f
    WHERE r.buurt_code IS NOT NULL;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT array_agg(ROW(r.buurt_code, f.what, f.key, 1)::kompas_delta) INTO added
    FROM new_rows r CROSS JOIN LATERAL kompas_asset_facts(r.type, r.kind, r.visibility, r.owner_user_id, r.tags) f
    WHERE r.buurt_code IS NOT NULL;
  END IF;
  IF removed IS NOT NULL OR added IS NOT NULL THEN
    PERFORM kompas_facts_add(coalesce(removed, '{}') || coalesce(added, '{}'));
  END IF;
  RETURN NULL;
END
$$;
-- Transition tables allow one event per trigger, hence three.
CREATE TRIGGER assets_kompas_insert AFTER INSERT ON assets REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION assets_count_kompas();
CREATE TRIGGER assets_kompas_update AFTER UPDATE ON assets REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION assets_count_kompas();
CREATE TRIGGER assets_kompas_delete AFTER DELETE ON assets REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION assets_count_kompas();

CREATE FUNCTION organisations_count_kompas() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  removed kompas_delta[];
  added kompas_delta[];
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT array_agg(ROW(r.buurt_code, f.what, f.key, -1)::kompas_delta) INTO removed
    FROM old_rows r CROSS JOIN LATERAL kompas_organisation_facts(r.kind) f WHERE r.buurt_code IS NOT NULL;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT array_agg(ROW(r.buurt_code, f.what, f.key, 1)::kompas_delta) INTO added
    FROM new_rows r CROSS JOIN LATERAL kompas_organisation_facts(r.kind) f WHERE r.buurt_code IS NOT NULL;
  END IF;
  IF removed IS NOT NULL OR added IS NOT NULL THEN
    PERFORM kompas_facts_add(coalesce(removed, '{}') || coalesce(added, '{}'));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER organisations_kompas_insert AFTER INSERT ON organisations REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION organisations_count_kompas();
CREATE TRIGGER organisations_kompas_update AFTER UPDATE ON organisations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION organisations_count_kompas();
CREATE TRIGGER organisations_kompas_delete AFTER DELETE ON organisations REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION organisations_count_kompas();

-- A tag that items carry and that is added, removed or moved to another domain changes the domains counted. Rare (the
-- seed's taxonomy, an admin's new tag, which no item carries yet), so everything is counted again then.
CREATE FUNCTION tags_count_kompas() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(key) INTO changed FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(key) INTO changed FROM old_rows;
  ELSE
    SELECT array_agg(o.key) INTO changed
    FROM old_rows o JOIN new_rows n ON n.key = o.key WHERE n.domain_key IS DISTINCT FROM o.domain_key;
  END IF;
  IF changed IS NOT NULL AND EXISTS (SELECT 1 FROM assets WHERE tags && changed) THEN
    PERFORM kompas_recount();
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER tags_kompas_insert AFTER INSERT ON tags REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tags_count_kompas();
CREATE TRIGGER tags_kompas_update AFTER UPDATE ON tags REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tags_count_kompas();
CREATE TRIGGER tags_kompas_delete AFTER DELETE ON tags REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tags_count_kompas();

SELECT kompas_recount();

CREATE INDEX introductions_buurt_created_idx ON introductions (buurt_code, created_at);

-- The same figures as before, from the kept counts.
DROP VIEW asset_indicator_values;
CREATE VIEW asset_indicator_values AS
WITH live AS (
  -- A connector of a wijk is a connector of each of its buurten.
  SELECT b.code AS buurt_code, 'connector' AS what, ca.user_id AS who
  FROM connector_areas ca JOIN buurten b ON b.code = ca.buurt_code OR b.wijk_code = ca.wijk_code
  UNION ALL
  SELECT n.buurt_code, CASE WHEN n.status IN ('accepted', 'met') THEN 'accepted-introduction' ELSE 'introduction' END, NULL
  FROM introductions n WHERE n.buurt_code IS NOT NULL AND n.created_at > now() - interval '12 months'
),
live_counts AS (
  SELECT CASE WHEN GROUPING(b.code) = 0 THEN 'buurt' WHEN GROUPING(w.code) = 0 THEN 'wijk' ELSE 'municipality' END AS area_type,
         CASE WHEN GROUPING(b.code) = 0 THEN b.code WHEN GROUPING(w.code) = 0 THEN w.code ELSE w.municipality_code END AS area_code,
         count(DISTINCT f.who) FILTER (WHERE f.what = 'connector') AS connectors,
         count(*) FILTER (WHERE f.what IN ('introduction', 'accepted-introduction')) AS introductions,
         count(*) FILTER (WHERE f.what = 'accepted-introduction') AS accepted
  FROM live f JOIN buurten b ON b.code = f.buurt_code JOIN wijken w ON w.code = b.wijk_code
  GROUP BY GROUPING SETS ((w.municipality_code, w.code, b.code), (w.municipality_code, w.code), (w.municipality_code))
),
kept_counts AS (
  SELECT area_type, area_code,
         coalesce(sum(n) FILTER (WHERE what = 'association'), 0) AS associations,
         coalesce(sum(n) FILTER (WHERE what = 'meeting-place'), 0) AS meeting_places,
         coalesce(sum(n) FILTER (WHERE what = 'talent'), 0) AS residents_with_talents,
         coalesce(sum(n) FILTER (WHERE what = 'domain'), 0) AS skill_domains
  FROM kompas_counts GROUP BY area_type, area_code
),
-- Every buurt, every wijk (also one without buurten on the map, such as Biezenmortel: it counts, as zero) and each
-- municipality with wijken.
all_areas AS (
  SELECT 'buurt' AS area_type, b.code AS area_code FROM buurten b JOIN wijken w ON w.code = b.wijk_code
  UNION ALL
  SELECT 'wijk', w.code FROM wijken w
  UNION ALL
  SELECT DISTINCT 'municipality', w.municipality_code FROM wijken w
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
  SELECT a.area_type, a.area_code, i.inhabitants, (SELECT count(*) FROM tag_domains) AS all_domains,
         coalesce(k.associations, 0) AS associations, coalesce(k.meeting_places, 0) AS meeting_places,
         coalesce(k.residents_with_talents, 0) AS residents_with_talents, coalesce(k.skill_domains, 0) AS skill_domains,
         coalesce(l.connectors, 0) AS connectors, coalesce(l.introductions, 0) AS introductions, coalesce(l.accepted, 0) AS accepted
  FROM all_areas a
  LEFT JOIN kept_counts k ON k.area_type = a.area_type AND k.area_code = a.area_code
  LEFT JOIN live_counts l ON l.area_type = a.area_type AND l.area_code = a.area_code
  LEFT JOIN inhabitants i ON i.area_type = a.area_type AND i.area_code = a.area_code
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

-- Down Migration

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
  FROM wijken w LEFT JOIN buurten b ON b.wijk_code = w.code LEFT JOIN facts f ON f.buurt_code = b.code
  GROUP BY GROUPING SETS ((w.municipality_code, w.code, b.code), (w.municipality_code, w.code), (w.municipality_code))
),
inhabitants AS (
  SELECT 'wijk' AS area_type, f.wijk_code AS area_code, f.inhabitants FROM wijk_key_figures f WHERE f.year = 2024
  UNION ALL
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
DROP INDEX introductions_buurt_created_idx;
DROP TRIGGER tags_kompas_insert ON tags;
DROP TRIGGER tags_kompas_update ON tags;
DROP TRIGGER tags_kompas_delete ON tags;
DROP FUNCTION tags_count_kompas();
DROP TRIGGER organisations_kompas_insert ON organisations;
DROP TRIGGER organisations_kompas_update ON organisations;
DROP TRIGGER organisations_kompas_delete ON organisations;
DROP FUNCTION organisations_count_kompas();
DROP TRIGGER assets_kompas_insert ON assets;
DROP TRIGGER assets_kompas_update ON assets;
DROP TRIGGER assets_kompas_delete ON assets;
DROP FUNCTION assets_count_kompas();
DROP FUNCTION kompas_recount();
DROP FUNCTION kompas_facts_add(kompas_delta[]);
DROP FUNCTION kompas_organisation_facts(text);
DROP FUNCTION kompas_asset_facts(text, text, text, uuid, text[]);
DROP TYPE kompas_delta;
DROP TABLE kompas_counts;
DROP TABLE kompas_facts;
