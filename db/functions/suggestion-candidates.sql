-- The suggestion engine (api/suggestions), planned once per database session: PL/pgSQL keeps the plan of its query,
-- and plan_cache_mode makes it the generic plan (the same for every subject, with the parameters as parameters). A
-- named prepared statement would do the same on a server, but on the embedded database every connection shares one
-- session, where statement names clash. tests/db/suggestion-plans.test.ts checks the plan uses the indexes.
--
-- The suggestion engine's candidates: for subject $1 ('resident' | 'organisation' | 'place') with id $2, seen by
-- viewer $3, everything nearby (the same buurt, or within $4 metres) whose role fits one of the subject's items by a
-- rule, and which shares a tag, or a domain of the taxonomy, with that item (a space needs neither).
-- Roles: $5 types, $6 kinds, $7 roles (an item's role by its type and kind); rules: $8 names, $9 the subject's role,
-- $10 the candidate's role. All of these come from api/suggestions/rules.ts. $11: true for strong fits (a shared
-- tag) only, false for domain fits too, NULL to let the query choose (see fit_mode; $12 is then the number of
-- strong fits that fills the list). The service works out which tags and
-- domains the two share, scores and explains.
-- Indexes: residents' and organisations' items by the suggestion index (GIN on assets.suggestion_keys: kind, tag and
-- 1 km square or buurt), places and organisations by GiST on their geography (ST_DWithin) or by buurt.
-- Distances on the sphere (use_spheroid false): at most ~0.3 % from the spheroid at these ranges, several times cheaper
-- for the thousand-odd neighbours of a dense buurt, and the same sphere as the reference in the tests (turf).
-- Privacy: a resident's item counts only if the viewer may see it (public or neighbours, or connectors when the viewer
-- is a connector of the owner's buurt; never private); its place is the centre of the owner's 250 m home cell (as the
-- subject's is, for a resident), never the home, so moving one's own point of view reveals at most a cell. The
-- service turns a resident's distance into a band before anything leaves the server.
-- Output: one row per fit (see CandidateRow in api/suggestions/suggestions.repository.ts), and for a resident with a
-- passion one row (rule 'meeting-place') for the nearest place where a group could meet: places are public, so its
-- distance is exact.
CREATE OR REPLACE FUNCTION suggestion_candidates(text, uuid, uuid, float8, text[], text[], text[], text[], text[], text[], boolean, integer)
RETURNS TABLE (rule text, my_item uuid, my_tags text, candidate_kind text, candidate_id uuid, role text, name text,
               title text, tags text, distance_m integer, lng float8, lat float8, same_buurt boolean, fresh boolean,
               available boolean, by_domain boolean)
LANGUAGE plpgsql STABLE
SET plan_cache_mode = force_generic_plan
AS $function$
#variable_conflict use_column
BEGIN
RETURN QUERY
WITH roles AS MATERIALIZED (
  SELECT * FROM unnest($5::text[], $6::text[], $7::text[]) AS r (type, kind, role)
),
pairs AS (
  SELECT * FROM unnest($8::text[], $9::text[], $10::text[]) AS p (rule, mine, theirs)
),
anchor AS MATERIALIZED (
  SELECT * FROM suggestion_anchor($1, $2)
),
-- The subject's items with their roles (an organisation is also an item of its own, with role 'organisation').
mine AS MATERIALIZED (
  SELECT a.id, r.role, a.tags FROM assets a JOIN roles r ON r.type = a.type AND r.kind = a.kind
  WHERE $1 = 'resident' AND a.owner_user_id = $2
  UNION ALL
  SELECT a.id, r.role, a.tags FROM assets a JOIN roles r ON r.type = a.type AND r.kind = a.kind
  WHERE $1 = 'organisation' AND a.owner_organisation_id = $2
  UNION ALL
  SELECT o.id, 'organisation', o.tags FROM organisations o WHERE $1 = 'organisation' AND o.id = $2
  UNION ALL
  SELECT a.id, r.role, a.tags FROM assets a JOIN roles r ON r.type = a.type AND r.kind = a.kind
  WHERE $1 = 'place' AND a.id = $2 AND a.type = 'place'
),
-- What each of the subject's items asks for: a role, with its tags.
asks AS MATERIALIZED (
  SELECT p.rule, m.id AS my_item, p.theirs, m.tags FROM mine m JOIN pairs p ON p.mine = m.role
),
-- The 1 km grid squares the radius touches (see suggestion_squares in suggestion-keys.sql), and the subject's buurt: the
-- endings of the suggestion index keys that can be near.
squares AS MATERIALIZED (
  SELECT suggestion_squares(x.point, $4) AS square FROM anchor x
),
key_endings AS MATERIALIZED (
  SELECT square AS ending FROM squares
  UNION ALL
  SELECT '#' || x.buurt FROM anchor x WHERE x.buurt IS NOT NULL
),
-- The beginnings: each role an item of the subject asks for. Residents hold inventory and things, organisations their
-- items and things (without a place of their own): each index is asked only for the roles its items can have.
key_beginnings AS MATERIALIZED (
  SELECT a.my_item, a.rule, a.theirs || ':' AS beginning,
         bool_or(r.type IN ('inventory', 'thing')) AS of_residents, bool_or(r.type IN ('organisation-item', 'thing')) AS of_organisations
  FROM asks a JOIN roles r ON r.role = a.theirs
  GROUP BY a.my_item, a.rule, a.theirs
),
-- The suggestion index keys of residents' strong fits (see suggestion-keys.sql): each role an item of the subject
-- asks for, with each tag of that item, in each 1 km grid square the radius touches, and in the buurt.
strong_keys AS MATERIALIZED (
  SELECT coalesce(array_agg(DISTINCT b.beginning || t || e.ending) FILTER (WHERE b.of_residents), '{}') AS keys
  FROM asks w
  JOIN key_beginnings b ON b.my_item = w.my_item AND b.rule = w.rule
  CROSS JOIN unnest(w.tags) AS t
  CROSS JOIN key_endings e
),
-- Residents' items that share a tag, in the right squares or the buurt (the index finds them; the distance decides
-- below), at their owner's home cell: its distance, measured once (NULL when they gave only a buurt).
strong_resident_items AS MATERIALIZED (
  SELECT a.id, a.type, a.kind, a.tags, a.title, a.owner_user_id, a.owner_cell_centre, a.buurt_code, a.last_confirmed_at,
         a.details, a.visibility, ST_Distance(a.owner_cell_centre, x.point, false) AS metres
  FROM anchor x, assets a
  WHERE a.owner_user_id IS NOT NULL AND a.suggestion_keys && (SELECT keys FROM strong_keys)
),
-- Weak fits (a shared domain) too? $11 true: no; false: yes; NULL: when fewer than $12 residents nearby share a tag in
-- an item the viewer may see (counted among the first 4 × $12 such items the index found: a bound on the strong fits),
-- so a subject with few strong fits needs one query, not two, and one with many reads the index once.
fit_mode AS MATERIALIZED (
  SELECT CASE WHEN $11::boolean IS NOT NULL THEN NOT $11::boolean
              ELSE (SELECT count(DISTINCT near.owner_user_id) FROM (
                      SELECT s.owner_user_id FROM strong_resident_items s, anchor x
                      WHERE (s.metres <= $4 OR s.buurt_code = x.buurt)
                        AND s.visibility <> 'private' AND ($1 <> 'resident' OR s.owner_user_id <> $2)
                      LIMIT 4 * $12) near) < $12
         END AS by_domain
),
-- What each of the subject's items looks for: its own tags, or (weak fits too) any tag of the domains of its tags.
wanted AS MATERIALIZED (
  SELECT a.rule, a.my_item, a.theirs, a.tags,
         CASE WHEN NOT (SELECT by_domain FROM fit_mode) THEN a.tags
              ELSE ARRAY(SELECT t.key FROM tags t WHERE t.domain_key IN (SELECT d.domain_key FROM tags d WHERE d.key = ANY (a.tags)))
         END AS fitting_tags
  FROM asks a
),
wanted_roles AS MATERIALIZED (
  SELECT coalesce(array_agg(DISTINCT w.theirs), '{}') AS roles, coalesce(bool_or(w.rule = 'space'), false) AS space FROM wanted w
),
-- All the keys that can fit, for each index: the strong ones, and (weak fits too) those of the other tags of the domains.
wanted_keys AS MATERIALIZED (
  SELECT coalesce(array_agg(DISTINCT b.beginning || t || e.ending) FILTER (WHERE b.of_residents), '{}') AS resident_keys,
         coalesce(array_agg(DISTINCT b.beginning || t || e.ending) FILTER (WHERE b.of_organisations), '{}') AS organisation_keys
  FROM wanted w
  JOIN key_beginnings b ON b.my_item = w.my_item AND b.rule = w.rule
  CROSS JOIN unnest(w.fitting_tags) AS t
  CROSS JOIN key_endings e
),
-- Residents' items that fit: those sharing a tag, and only when weak fits are wanted, those sharing only a domain
-- (the index is read a second time, for the keys the first did not ask for).
resident_items AS MATERIALIZED (
  SELECT * FROM strong_resident_items
  UNION ALL
  SELECT a.id, a.type, a.kind, a.tags, a.title, a.owner_user_id, a.owner_cell_centre, a.buurt_code, a.last_confirmed_at,
         a.details, a.visibility, ST_Distance(a.owner_cell_centre, x.point, false)
  FROM anchor x, assets a
  WHERE (SELECT by_domain FROM fit_mode) AND a.owner_user_id IS NOT NULL
    AND a.suggestion_keys && ARRAY(SELECT k FROM unnest((SELECT resident_keys FROM wanted_keys)) AS k
                                   EXCEPT SELECT k FROM unnest((SELECT keys FROM strong_keys)) AS k)
    AND NOT EXISTS (SELECT 1 FROM strong_resident_items s WHERE s.id = a.id)
),
-- Places of a kind that takes a wanted role (most subjects want none).
place_kinds AS MATERIALIZED (
  SELECT coalesce(array_agg(r.kind), '{}') AS kinds FROM roles r
  WHERE r.type = 'place' AND r.role = ANY ((SELECT roles FROM wanted_roles)::text[])
),
nearby_places AS MATERIALIZED (
  SELECT a.id, a.type, a.kind, a.tags, a.title, a.geom, a.buurt_code, a.last_confirmed_at, a.details
  FROM anchor x, assets a
  WHERE (SELECT cardinality(kinds) > 0 FROM place_kinds)
    AND a.type = 'place' AND ST_DWithin(a.geom::geography, x.point, $4, false) AND a.kind = ANY ((SELECT kinds FROM place_kinds)::text[])
  UNION
  SELECT a.id, a.type, a.kind, a.tags, a.title, a.geom, a.buurt_code, a.last_confirmed_at, a.details
  FROM assets a
  WHERE (SELECT cardinality(kinds) > 0 FROM place_kinds)
    AND a.type = 'place' AND a.buurt_code = (SELECT buurt FROM anchor) AND a.kind = ANY ((SELECT kinds FROM place_kinds)::text[])
),
-- Organisations' items that fit, at their organisation: found by the suggestion index like residents' items, and
-- (space needs no shared tag) every room or request for space nearby.
organisation_items AS MATERIALIZED (
  SELECT a.id, a.type, a.kind, a.tags, a.title, a.owner_organisation_id, a.owner_organisation_location AS point, a.buurt_code,
         a.last_confirmed_at
  FROM assets a
  WHERE a.owner_organisation_id IS NOT NULL AND a.geom IS NULL AND a.suggestion_keys && (SELECT organisation_keys FROM wanted_keys)
  UNION
  SELECT a.id, a.type, a.kind, a.tags, a.title, a.owner_organisation_id, a.owner_organisation_location, a.buurt_code,
         a.last_confirmed_at
  FROM anchor x, assets a
  WHERE (SELECT space FROM wanted_roles) AND a.owner_organisation_id IS NOT NULL AND a.geom IS NULL
    AND a.type = 'organisation-item'
    AND a.kind IN (SELECT r.kind FROM roles r, wanted_roles w
                   WHERE r.type = 'organisation-item' AND r.role IN ('space-offered', 'space-wanted') AND r.role = ANY (w.roles))
    AND (ST_DWithin(a.owner_organisation_location, x.point, $4, false) OR a.buurt_code = x.buurt)
),
-- Organisations themselves nearby, when one can fit at all (partners).
organisations_wanted AS MATERIALIZED (
  SELECT 'organisation' = ANY (w.roles) AS wanted FROM wanted_roles w
),
nearby_organisations AS MATERIALIZED (
  SELECT o.id, o.name, o.tags, o.location, o.buurt_code, o.last_confirmed_at
  FROM anchor x, organisations o
  WHERE (SELECT wanted FROM organisations_wanted) AND o.location IS NOT NULL AND ST_DWithin(o.location::geography, x.point, $4, false)
  UNION
  SELECT o.id, o.name, o.tags, o.location, o.buurt_code, o.last_confirmed_at
  FROM organisations o
  WHERE (SELECT wanted FROM organisations_wanted) AND o.location IS NOT NULL AND o.buurt_code = (SELECT buurt FROM anchor)
),
candidates AS MATERIALIZED (
  -- Residents' names are looked up by the service for the few suggestions shown (NULL here).
  SELECT 'resident' AS candidate_kind, a.owner_user_id AS candidate_id, r.role, a.tags,
         NULL::text AS name, a.title, a.owner_cell_centre::geometry AS point, a.metres, a.buurt_code, a.last_confirmed_at,
         (a.details ? 'howOften' OR a.type = 'thing') AS available
  FROM resident_items a
  CROSS JOIN anchor x
  JOIN roles r ON r.type = a.type AND r.kind = a.kind
  WHERE (a.metres <= $4 OR a.buurt_code = x.buurt)
    AND ($1 <> 'resident' OR a.owner_user_id <> $2)
    -- Not asset_visible_to: a suggestion shows a neighbour's item as any neighbour may see it. An administrator's
    -- wider view (for moderation) and an owner's view of their own items make no suggestion of a private item.
    AND (a.visibility IN ('public', 'neighbours')
         -- The viewer's buurten as a connector, looked up only when an item is for connectors.
         OR (a.visibility = 'connectors' AND a.buurt_code IN (SELECT connector_buurt_codes($3))))
  UNION ALL
  -- Places, where they are (a walking route or a park: its nearest point; shown at a point on it).
  SELECT 'place', a.id, r.role, a.tags, a.title, a.title, ST_PointOnSurface(a.geom), ST_Distance(a.geom::geography, x.point, false),
         a.buurt_code, a.last_confirmed_at, (a.details ? 'capacity' OR a.details ? 'availability')
  FROM nearby_places a
  CROSS JOIN anchor x
  JOIN roles r ON r.type = a.type AND r.kind = a.kind
  WHERE ($1 <> 'place' OR a.id <> $2) AND r.role = ANY ((SELECT roles FROM wanted_roles)::text[])
  UNION ALL
  -- Organisations' items, at the organisation.
  SELECT 'organisation', a.owner_organisation_id, r.role, a.tags, o.name, a.title, a.point::geometry,
         ST_Distance(a.point, x.point, false), a.buurt_code, a.last_confirmed_at, a.kind = 'room' OR a.type = 'thing'
  FROM organisation_items a
  CROSS JOIN anchor x
  JOIN organisations o ON o.id = a.owner_organisation_id
  JOIN roles r ON r.type = a.type AND r.kind = a.kind
  WHERE (ST_DWithin(a.point, x.point, $4, false) OR a.buurt_code = x.buurt)
    AND ($1 <> 'organisation' OR a.owner_organisation_id <> $2) AND r.role = ANY ((SELECT roles FROM wanted_roles)::text[])
  UNION ALL
  -- Organisations themselves (partners).
  SELECT 'organisation', o.id, 'organisation', o.tags, o.name, o.name, o.location, ST_Distance(o.location::geography, x.point, false),
         o.buurt_code, o.last_confirmed_at, false
  FROM nearby_organisations o
  CROSS JOIN anchor x
  WHERE ($1 <> 'organisation' OR o.id <> $2) AND 'organisation' = ANY ((SELECT roles FROM wanted_roles)::text[])
),
-- The nearest place where a group could meet (a place of a kind that offers space), when the subject is a resident
-- with a passion: the service suggests starting a group there when three or more share one. The anchor is a
-- parameter of the scan, so the GiST index walks the places nearest first.
meeting_place AS MATERIALIZED (
  SELECT a.id, a.title, a.tags, ST_PointOnSurface(a.geom) AS point, ST_Distance(a.geom::geography, (SELECT point FROM anchor), false) AS metres
  FROM assets a
  WHERE $1 = 'resident' AND EXISTS (SELECT 1 FROM asks WHERE rule = 'shared-passion')
    AND a.type = 'place' AND a.kind = ANY (ARRAY(SELECT r.kind FROM roles r WHERE r.type = 'place' AND r.role = 'space-offered'))
    AND ST_DWithin(a.geom::geography, (SELECT point FROM anchor), $4, false)
  ORDER BY a.geom::geography <-> (SELECT point FROM anchor)
  LIMIT 1
)
-- Tags as one string of keys separated by spaces (keys are [a-z0-9-]): a thousand-odd rows of text arrays cost the
-- app's driver more to parse than the query took to find them.
SELECT w.rule, w.my_item, array_to_string(w.tags, ' ') AS my_tags, c.candidate_kind, c.candidate_id, c.role, c.name, c.title,
       array_to_string(c.tags, ' ') AS tags,
       round(c.metres)::int AS distance_m, -- NULL: a resident who gave only their buurt
       -- Where to show it on the map: a place or organisation where it is, a resident at their home cell's centre.
       ST_X(c.point) AS lng, ST_Y(c.point) AS lat,
       c.buurt_code IS NOT DISTINCT FROM x.buurt AS same_buurt,
       c.last_confirmed_at > now() - policy_stale_after() AS fresh,
       c.available,
       (SELECT by_domain FROM fit_mode) AS by_domain
FROM wanted w
JOIN candidates c ON c.role = w.theirs
CROSS JOIN anchor x
WHERE c.tags && w.fitting_tags OR w.rule = 'space'
UNION ALL
-- And one more row, with rule 'meeting-place', for that place (none when there is no such place or no passion).
SELECT 'meeting-place', NULL, NULL, 'place', m.id, 'space-offered', m.title, m.title, array_to_string(m.tags, ' '), round(m.metres)::int,
       ST_X(m.point), ST_Y(m.point), false, true, true, (SELECT by_domain FROM fit_mode)
FROM meeting_place m;
END
$function$;
