
-- The one definition of what an asset counts for in the kompas: a meeting place; or (residents' talents shared with
-- the `public` audience, the one that counts in public numbers, as on the map's buurt card: no one is named or
-- placed) a talent of its owner and the domain of each of its tags.
CREATE OR REPLACE FUNCTION kompas_asset_facts(type text, kind text, visibility text, owner uuid, item_tags text[])
RETURNS TABLE (what text, key text) LANGUAGE sql STABLE AS $$
  SELECT 'meeting-place', '' WHERE type = 'place' AND kind IN ('community-room', 'meeting-place', 'library')
  UNION ALL
  SELECT f.what, f.key
  FROM (SELECT 'talent' AS what, owner::text AS key
        UNION ALL
        SELECT 'domain', t.domain_key FROM unnest(item_tags) AS tag JOIN tags t ON t.key = tag) f
  WHERE type = 'inventory' AND kind IN ('skill', 'knowledge', 'gift-head', 'gift-hands', 'gift-heart') AND visibility = 'public'
$$;

CREATE OR REPLACE FUNCTION kompas_organisation_facts(kind text) RETURNS TABLE (what text, key text) LANGUAGE sql IMMUTABLE AS $$
  SELECT 'association', '' WHERE kind = 'association'
$$;

-- Applies changes per buurt to the buurt, its wijk and its municipality, rows locked in key order (concurrent writers
-- cannot deadlock on them). A resident or domain changes an area's count when its row appears or goes.
CREATE OR REPLACE FUNCTION kompas_facts_add(deltas kompas_delta[]) RETURNS void LANGUAGE sql AS $$
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

-- What a statement removed and added, applied when it touched anything counted (a statement that touched nothing
-- leaves the counts alone, without a look at them).
CREATE OR REPLACE FUNCTION kompas_facts_change(removed kompas_delta[], added kompas_delta[]) RETURNS void LANGUAGE sql AS $$
  SELECT kompas_facts_add(coalesce(removed, '{}') || coalesce(added, '{}')) WHERE removed IS NOT NULL OR added IS NOT NULL;
$$;

-- Everything counted again, from the map: for a start, and when a tag that items carry changes domain.
CREATE OR REPLACE FUNCTION kompas_recount() RETURNS void LANGUAGE sql AS $$
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

CREATE OR REPLACE FUNCTION assets_count_kompas() RETURNS trigger LANGUAGE plpgsql AS $$
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
  PERFORM kompas_facts_change(removed, added);
  RETURN NULL;
END
$$;
SELECT create_statement_triggers('assets', 'assets_kompas', 'assets_count_kompas');

-- The same as assets_count_kompas with the facts of organisations. Not one function for both: the rows of a transition
-- table have no named type, so one function could not call each table's facts without planning its query anew for
-- every statement, and a seed writes millions of rows.
CREATE OR REPLACE FUNCTION organisations_count_kompas() RETURNS trigger LANGUAGE plpgsql AS $$
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
  PERFORM kompas_facts_change(removed, added);
  RETURN NULL;
END
$$;
SELECT create_statement_triggers('organisations', 'organisations_kompas', 'organisations_count_kompas');

-- A tag that items carry and that is added, removed or moved to another domain changes the domains counted. Rare (the
-- seed's taxonomy, an admin's new tag, which no item carries yet), so everything is counted again then.
CREATE OR REPLACE FUNCTION tags_count_kompas() RETURNS trigger LANGUAGE plpgsql AS $$
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
SELECT create_statement_triggers('tags', 'tags_kompas', 'tags_count_kompas');

-- The kept counts follow the definitions above: counted again each time these are applied (when db/functions changed,
-- or after a migration), so a changed definition never leaves counts made by the old one.
SELECT kompas_recount();
