-- The strongest suggested connections inside an area (buurt codes $1) for its connector: pairs of parties (residents,
-- organisations, places) whose items fit by a rule and share a tag, or (space) a need and an offer of space.
-- Roles and rules as in suggestion_candidates: $2 types, $3 kinds, $4 roles; $5 rule names, $6 one side's role,
-- $7 the other's. $8: how many pairs. $9: the months within which a confirmation is fresh (STALE_AFTER_MONTHS).
-- $10: only pairs of this rule (NULL: every rule).
-- Privacy: residents' items as the connectors of the area see them (map_audience_sees('connectors')), never private
-- ones, also for an administrator (whose wider view in asset_visible_to is for moderation). Residents are named by
-- display name; no location leaves the database.
-- Bounded work: per tag and role only the 10 most recently confirmed items take part (and per side of the space rule
-- the 20 most recent), so a popular tag in a dense wijk does not make the join quadratic (a wijk of the
-- 1,000,000-asset city took minutes before).
WITH roles AS MATERIALIZED (
  SELECT * FROM unnest($2::text[], $3::text[], $4::text[]) AS r (type, kind, role)
),
pairs AS MATERIALIZED (
  SELECT * FROM unnest($5::text[], $6::text[], $7::text[]) AS p (rule, mine, theirs)
  WHERE $10::text IS NULL OR p.rule = $10::text
),
items AS MATERIALIZED (
  SELECT 'resident' AS kind, a.owner_user_id AS id, u.display_name AS name, a.title, r.role, a.tags, a.buurt_code,
         a.last_confirmed_at
  FROM assets a
  JOIN roles r ON r.type = a.type AND r.kind = a.kind
  JOIN users u ON u.id = a.owner_user_id
  WHERE a.buurt_code = ANY ($1::text[]) AND a.owner_user_id IS NOT NULL AND a.type <> 'place'
    AND a.visibility = ANY (map_audience_sees('connectors'))
  UNION ALL
  SELECT 'organisation', o.id, o.name, a.title, r.role, a.tags, o.buurt_code, a.last_confirmed_at
  FROM organisations o
  JOIN assets a ON a.owner_organisation_id = o.id AND a.geom IS NULL
  JOIN roles r ON r.type = a.type AND r.kind = a.kind
  WHERE o.buurt_code = ANY ($1::text[])
  UNION ALL
  SELECT 'organisation', o.id, o.name, o.name, 'organisation', o.tags, o.buurt_code, o.last_confirmed_at
  FROM organisations o
  WHERE o.buurt_code = ANY ($1::text[])
  UNION ALL
  SELECT 'place', a.id, a.title, a.title, r.role, a.tags, a.buurt_code, a.last_confirmed_at
  FROM assets a
  JOIN roles r ON r.type = a.type AND r.kind = a.kind
  WHERE a.type = 'place' AND a.buurt_code = ANY ($1::text[])
),
tagged AS MATERIALIZED (
  SELECT * FROM (
    SELECT i.kind, i.id, i.name, i.title, i.role, i.buurt_code, i.last_confirmed_at, t.tag,
           row_number() OVER (PARTITION BY t.tag, i.role ORDER BY i.last_confirmed_at DESC, i.id) AS freshness
    FROM items i, unnest(i.tags) AS t (tag)
  ) ranked
  WHERE freshness <= 10
),
spaces AS MATERIALIZED (
  SELECT * FROM (
    SELECT i.*, row_number() OVER (PARTITION BY i.role ORDER BY i.last_confirmed_at DESC, i.id) AS freshness
    FROM items i WHERE i.role IN ('space-wanted', 'space-offered')
  ) ranked
  WHERE freshness <= 20
),
fits AS (
  -- Each unordered pair once: the rules list both directions, and the first party sorts before the second.
  SELECT p.rule, a.kind AS a_kind, a.id AS a_id, a.name AS a_name, a.title AS a_title, a.buurt_code AS a_buurt,
         b.kind AS b_kind, b.id AS b_id, b.name AS b_name, b.title AS b_title, b.buurt_code AS b_buurt,
         a.tag, greatest(a.last_confirmed_at, b.last_confirmed_at) AS confirmed
  FROM tagged a
  JOIN pairs p ON p.mine = a.role AND p.rule <> 'space'
  JOIN tagged b ON b.tag = a.tag AND b.role = p.theirs AND (b.kind, b.id::text) > (a.kind, a.id::text)
  UNION ALL
  SELECT p.rule, a.kind, a.id, a.name, a.title, a.buurt_code, b.kind, b.id, b.name, b.title, b.buurt_code, NULL,
         greatest(a.last_confirmed_at, b.last_confirmed_at)
  FROM spaces a
  JOIN pairs p ON p.mine = a.role AND p.rule = 'space'
  JOIN spaces b ON b.role = p.theirs AND (b.kind, b.id::text) > (a.kind, a.id::text)
)
SELECT rule, a_kind, a_id, a_name, min(a_title) AS a_title, a_buurt, b_kind, b_id, b_name, min(b_title) AS b_title, b_buurt,
       coalesce(array_agg(DISTINCT tag ORDER BY tag) FILTER (WHERE tag IS NOT NULL), '{}') AS tags,
       max(confirmed) > now() - make_interval(months => $9) AS fresh
FROM fits
GROUP BY rule, a_kind, a_id, a_name, a_buurt, b_kind, b_id, b_name, b_buurt
ORDER BY count(DISTINCT tag) DESC, (a_buurt = b_buurt) DESC, max(confirmed) DESC, a_name, b_name
LIMIT $8;
