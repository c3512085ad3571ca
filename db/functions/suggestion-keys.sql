-- The suggestion index (assets.suggestion_keys, GIN): a key per tag of an item with a role in some rule, once with the
-- 1 km grid square (0.0144° by 0.009°, about 1 km at this latitude) of where the item is and once with its buurt. A
-- request asks for exactly the roles, tags and squares (or buurt) it can use, so the index answers with the few items
-- that fit nearby instead of the thousands that are merely near, or merely fit.
CREATE OR REPLACE FUNCTION suggestion_square(point geography) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT '@' || floor(ST_X(point::geometry) / 0.0144)::int || ',' || floor(ST_Y(point::geometry) / 0.009)::int
$$;
-- The squares within `radius` metres of a point (at most 7 by 7 for 3 km). PL/pgSQL, so the planner takes it for the
-- few rows it is (ROWS) instead of a million and compiles nothing (JIT took 2 s over that estimate).
CREATE OR REPLACE FUNCTION suggestion_squares(point geography, radius float8) RETURNS SETOF text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE ROWS 9 AS $$
DECLARE
  lng float8 := ST_X(point::geometry);
  lat float8 := ST_Y(point::geometry);
  dlng float8 := radius / (111320 * cos(radians(lat)));
  dlat float8 := radius / 110570.0;
BEGIN
  RETURN QUERY
    SELECT '@' || gx || ',' || gy
    FROM generate_series(floor((lng - dlng) / 0.0144)::int, floor((lng + dlng) / 0.0144)::int) AS gx,
         generate_series(floor((lat - dlat) / 0.009)::int, floor((lat + dlat) / 0.009)::int) AS gy;
END
$$;

-- An item's role by its type and kind: those of ROLES in api/suggestions/rules.ts (tests/db/suggestion-plans.test.ts
-- checks they agree). Kinds that take part in no rule get no role, and so no keys.
CREATE OR REPLACE FUNCTION suggestion_role(type text, kind text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE type || '.' || kind
    WHEN 'inventory.skill' THEN 'teach'
    WHEN 'inventory.knowledge' THEN 'teach'
    WHEN 'inventory.gift-head' THEN 'teach'
    WHEN 'inventory.gift-hands' THEN 'teach'
    WHEN 'inventory.gift-heart' THEN 'teach'
    WHEN 'inventory.share-time' THEN 'time'
    WHEN 'inventory.learn' THEN 'learn'
    WHEN 'inventory.passion' THEN 'passion'
    WHEN 'inventory.need' THEN 'need'
    WHEN 'inventory.share-thing' THEN 'lend'
    WHEN 'thing.tool' THEN 'lend'
    WHEN 'thing.vehicle' THEN 'lend'
    WHEN 'thing.equipment' THEN 'lend'
    WHEN 'thing.kitchen' THEN 'lend'
    WHEN 'thing.games' THEN 'lend'
    WHEN 'thing.other' THEN 'lend'
    WHEN 'organisation-item.volunteers' THEN 'volunteers-wanted'
    WHEN 'organisation-item.space' THEN 'space-wanted'
    WHEN 'organisation-item.room' THEN 'space-offered'
    WHEN 'organisation-item.partners' THEN 'partners-wanted'
    WHEN 'organisation-item.expertise' THEN 'partner-offer'
    WHEN 'organisation-item.activity' THEN 'partner-offer'
    WHEN 'organisation-item.materials' THEN 'lend'
    WHEN 'place.community-room' THEN 'space-offered'
    WHEN 'place.meeting-place' THEN 'space-offered'
    WHEN 'place.library' THEN 'space-offered'
    WHEN 'place.shed' THEN 'space-offered'
  END
$$;


-- A generated column is computed as each row goes in: suggestion_keys must find suggestion_role, suggestion_square and
-- PostGIS without a search_path. It only fills that column, so not being inlined costs nothing at query time.
CREATE OR REPLACE FUNCTION suggestion_keys(type text, kind text, tags text[], home geography, buurt text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = public AS $$
  SELECT ARRAY(
    SELECT r.role || ':' || tag || suggestion_square(home) FROM (SELECT suggestion_role(type, kind) AS role) r, unnest(tags) AS tag
    WHERE home IS NOT NULL AND r.role IS NOT NULL
    UNION ALL
    SELECT r.role || ':' || tag || '#' || buurt FROM (SELECT suggestion_role(type, kind) AS role) r, unnest(tags) AS tag
    WHERE buurt IS NOT NULL AND r.role IS NOT NULL
  )
$$;
