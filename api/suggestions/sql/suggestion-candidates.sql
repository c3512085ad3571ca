-- The suggestion engine's candidates: for subject $1 ('resident' | 'organisation' | 'place') with id $2, seen by
-- viewer $3, everything nearby (the same buurt, or within $4 metres) whose role fits one of the subject's items by a
-- rule, and which shares a tag, or a domain of the taxonomy, with that item (a space needs no shared tag).
-- Roles: $5 types, $6 kinds, $7 roles (an item's role by its type and kind); rules: $8 names, $9 the subject's role,
-- $10 the candidate's role. All of these come from api/suggestions/rules.ts.
-- Privacy: a resident's item counts only if the viewer may see it (public or neighbours, or connectors when the viewer
-- is a connector of the owner's buurt; never private); its place is the owner's home, used here for the distance
-- only. The service turns a resident's distance into a band before anything leaves the server.
WITH roles AS (
  SELECT * FROM unnest($5::text[], $6::text[], $7::text[]) AS r (type, kind, role)
),
pairs AS (
  SELECT * FROM unnest($8::text[], $9::text[], $10::text[]) AS p (rule, mine, theirs)
),
-- Where the subject is.
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
wanted AS MATERIALIZED (
  SELECT p.rule, m.id AS my_item, m.role AS my_role, p.theirs, m.tags,
         ARRAY(SELECT DISTINCT t.domain_key FROM tags t WHERE t.key = ANY (m.tags)) AS domains
  FROM mine m JOIN pairs p ON p.mine = m.role
),
-- Any tag of a domain the subject's items touch: what a candidate must have (at least one of) to fit.
wanted_tags AS MATERIALIZED (
  SELECT coalesce(array_agg(t.key), '{}') AS tags FROM tags t
  WHERE t.domain_key IN (SELECT unnest(w.domains) FROM wanted w)
),
wanted_roles AS MATERIALIZED (
  SELECT bool_or(w.rule = 'space') AS space FROM wanted w
),
viewer AS MATERIALIZED (
  SELECT ARRAY(SELECT connector_buurt_codes($3)) AS connector_buurten
),
-- Residents' items near the subject, or in its buurt, at their owner's home (unknown when they gave only a buurt).
resident_items AS (
  SELECT a.id, a.type, a.kind, a.tags, a.title, a.owner_user_id, a.owner_home AS point, a.buurt_code,
         a.last_confirmed_at, a.details, a.visibility
  FROM anchor x, assets a
  WHERE a.owner_home IS NOT NULL AND ST_DWithin(a.owner_home, x.point, $4)
    AND a.tags && (SELECT tags FROM wanted_tags)
  UNION
  SELECT a.id, a.type, a.kind, a.tags, a.title, a.owner_user_id, a.owner_home, a.buurt_code,
         a.last_confirmed_at, a.details, a.visibility
  FROM anchor x, assets a
  WHERE a.buurt_code = x.buurt AND a.owner_user_id IS NOT NULL AND a.type IN ('inventory', 'thing')
    AND a.tags && (SELECT tags FROM wanted_tags)
),
candidates AS (
  SELECT 'resident' AS candidate_kind, a.owner_user_id AS candidate_id, a.id AS item_id, r.role, a.tags,
         u.display_name AS name, a.title, a.point, a.buurt_code, a.last_confirmed_at,
         (a.details ? 'howOften' OR a.type = 'thing') AS available
  FROM resident_items a
  JOIN roles r ON r.type = a.type AND r.kind = a.kind
  JOIN users u ON u.id = a.owner_user_id
  CROSS JOIN viewer v
  WHERE r.role IN (SELECT w.theirs FROM wanted w)
    AND ($1 <> 'resident' OR a.owner_user_id <> $2)
    AND (a.visibility IN ('public', 'neighbours') OR (a.visibility = 'connectors' AND a.buurt_code = ANY (v.connector_buurten)))
  UNION ALL
  -- Places, where they are (a walking route or a park: its nearest point).
  SELECT 'place', a.id, a.id, r.role, a.tags, a.title, a.title, a.geom::geography, a.buurt_code, a.last_confirmed_at,
         (a.details ? 'capacity' OR a.details ? 'availability')
  FROM anchor x, assets a
  JOIN roles r ON r.type = a.type AND r.kind = a.kind
  WHERE a.type = 'place' AND (ST_DWithin(a.geom::geography, x.point, $4) OR a.buurt_code = x.buurt)
    AND ($1 <> 'place' OR a.id <> $2)
    AND r.role IN (SELECT w.theirs FROM wanted w)
    AND (a.tags && (SELECT tags FROM wanted_tags) OR (r.role IN ('space-offered', 'space-wanted') AND (SELECT space FROM wanted_roles)))
  UNION ALL
  -- Organisations' items, at the organisation.
  SELECT 'organisation', o.id, a.id, r.role, a.tags, o.name, a.title, o.location::geography, o.buurt_code,
         a.last_confirmed_at, a.kind = 'room' OR a.type = 'thing'
  FROM anchor x, organisations o
  JOIN assets a ON a.owner_organisation_id = o.id AND a.geom IS NULL
  JOIN roles r ON r.type = a.type AND r.kind = a.kind
  WHERE o.location IS NOT NULL AND (ST_DWithin(o.location::geography, x.point, $4) OR o.buurt_code = x.buurt)
    AND ($1 <> 'organisation' OR o.id <> $2)
    AND r.role IN (SELECT w.theirs FROM wanted w)
    AND (a.tags && (SELECT tags FROM wanted_tags) OR (r.role IN ('space-offered', 'space-wanted') AND (SELECT space FROM wanted_roles)))
  UNION ALL
  -- Organisations themselves (partners).
  SELECT 'organisation', o.id, o.id, 'organisation', o.tags, o.name, o.name, o.location::geography, o.buurt_code,
         o.last_confirmed_at, false
  FROM anchor x, organisations o
  WHERE o.location IS NOT NULL AND (ST_DWithin(o.location::geography, x.point, $4) OR o.buurt_code = x.buurt)
    AND ($1 <> 'organisation' OR o.id <> $2)
    AND 'organisation' IN (SELECT w.theirs FROM wanted w)
    AND o.tags && (SELECT tags FROM wanted_tags)
)
SELECT w.rule, w.my_item, c.candidate_kind, c.candidate_id, c.item_id, c.role, c.name, c.title,
       ARRAY(SELECT unnest(c.tags) INTERSECT SELECT unnest(w.tags) ORDER BY 1) AS same_tags,
       ARRAY(SELECT t.domain_key FROM tags t WHERE t.key = ANY (c.tags)
             INTERSECT SELECT unnest(w.domains)
             EXCEPT SELECT t.domain_key FROM tags t WHERE t.key = ANY (c.tags) AND t.key = ANY (w.tags)
             ORDER BY 1) AS same_domains,
       round(ST_Distance(c.point, x.point))::int AS distance_m, -- NULL: a resident who gave only their buurt
       c.buurt_code IS NOT DISTINCT FROM x.buurt AS same_buurt,
       c.last_confirmed_at > now() - interval '12 months' AS fresh,
       c.available
FROM wanted w
JOIN candidates c ON c.role = w.theirs
CROSS JOIN anchor x
WHERE c.tags && (SELECT array_agg(t.key) FROM tags t WHERE t.domain_key = ANY (w.domains))
   OR w.rule = 'space';
