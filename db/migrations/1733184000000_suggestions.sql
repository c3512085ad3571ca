-- Up Migration

-- Suggested connections (api/suggestions). A resident's item is near where its owner lives, but the engine never
-- measures from a home: `owner_cell_centre` keeps, on each of a resident's items, the centre of the owner's 250 m home
-- cell (the map's grid). Whoever moves their own point of view (their home, an organisation's location, the radius)
-- to probe a neighbour learns at most that cell, never the address. It also lets one index find nearby items without
-- visiting every neighbour (13,000 residents live within 1 km of a home in the 1,000,000-asset city).
-- Privacy: used inside queries only; no response contains it.
CREATE FUNCTION home_cell_centre(cell_x integer, cell_y integer) RETURNS geography
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ST_Transform(ST_SetSRID(ST_MakePoint((cell_x + 0.5) * people_cell_size(), (cell_y + 0.5) * people_cell_size()), 28992), 4326)::geography
$$;
ALTER TABLE assets ADD COLUMN owner_cell_centre geography(Point, 4326);
-- The backfill changes no item as the map sees it, so the map's refresh trigger sits this one out.
ALTER TABLE assets DISABLE TRIGGER assets_map_people_update;
UPDATE assets a SET owner_cell_centre = home_cell_centre(u.home_cell_x, u.home_cell_y)
FROM users u WHERE a.owner_user_id = u.id AND u.home_cell_x IS NOT NULL;
ALTER TABLE assets ENABLE TRIGGER assets_map_people_update;
-- Like every location here, with a GiST index (nearest neighbours; the suggestion index does the first selection).
CREATE INDEX assets_owner_cell_centre_gist ON assets USING gist (owner_cell_centre) WHERE owner_cell_centre IS NOT NULL;
-- The suggestion index of residents' items: a key per tag with the item's type and kind, once with the 1 km grid
-- square (0.0144° by 0.009°, about 1 km at this latitude) of the owner's home cell and once with the item's buurt. A
-- request asks for exactly the kinds, tags and squares (or buurt) it can use, so the GIN index answers with the few
-- items that fit nearby instead of the thousands that are merely near, or merely fit.
CREATE FUNCTION suggestion_square(point geography) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT '@' || floor(ST_X(point::geometry) / 0.0144)::int || ',' || floor(ST_Y(point::geometry) / 0.009)::int
$$;
-- The squares within `radius` metres of a point (at most 7 by 7 for 3 km). PL/pgSQL, so the planner takes it for the
-- few rows it is (ROWS) instead of a million and compiles nothing (JIT took 2 s over that estimate).
CREATE FUNCTION suggestion_squares(point geography, radius float8) RETURNS SETOF text
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
CREATE FUNCTION suggestion_keys(type text, kind text, tags text[], home geography, buurt text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY(
    SELECT type || '.' || kind || ':' || tag || suggestion_square(home) FROM unnest(tags) AS tag WHERE home IS NOT NULL
    UNION ALL
    SELECT type || '.' || kind || ':' || tag || '#' || buurt FROM unnest(tags) AS tag WHERE buurt IS NOT NULL
  )
$$;
ALTER TABLE assets ADD COLUMN suggestion_keys text[]
  GENERATED ALWAYS AS (CASE WHEN owner_user_id IS NOT NULL THEN suggestion_keys(type, kind, tags, owner_cell_centre, buurt_code) END) STORED;
-- fastupdate off: a pending list is merged only by (auto)vacuum, which the embedded database never runs, and searching
-- a full one took 200 ms.
CREATE INDEX assets_suggestion_keys_gin ON assets USING gin (suggestion_keys) WITH (fastupdate = off) WHERE owner_user_id IS NOT NULL;

-- Places and organisations in metres: the suggestion queries measure in geography.
CREATE INDEX assets_place_geography_gist ON assets USING gist ((geom::geography)) WHERE type = 'place';
CREATE INDEX organisations_location_geography_gist ON organisations USING gist ((location::geography)) WHERE location IS NOT NULL;

CREATE FUNCTION assets_set_owner_cell_centre() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.owner_cell_centre := CASE WHEN NEW.owner_user_id IS NULL THEN NULL
                                ELSE (SELECT home_cell_centre(u.home_cell_x, u.home_cell_y) FROM users u WHERE u.id = NEW.owner_user_id) END;
  RETURN NEW;
END
$$;
CREATE TRIGGER assets_owner_cell_centre BEFORE INSERT OR UPDATE OF owner_user_id ON assets
  FOR EACH ROW EXECUTE FUNCTION assets_set_owner_cell_centre();

-- After users_home_cell (BEFORE) has set the new cell.
CREATE FUNCTION users_move_owner_cell_centre() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE assets SET owner_cell_centre = home_cell_centre(NEW.home_cell_x, NEW.home_cell_y)
  WHERE owner_user_id = NEW.id AND owner_cell_centre IS DISTINCT FROM home_cell_centre(NEW.home_cell_x, NEW.home_cell_y);
  RETURN NULL;
END
$$;
CREATE TRIGGER users_owner_cell_centre AFTER UPDATE OF home_location ON users
  FOR EACH ROW WHEN (OLD.home_location IS DISTINCT FROM NEW.home_location) EXECUTE FUNCTION users_move_owner_cell_centre();

-- Where a subject of suggestions is: the centre of a resident's home cell (never the home), an organisation's location,
-- a place (a point on it).
CREATE FUNCTION suggestion_anchor(subject_kind text, subject_id uuid, OUT point geography, OUT buurt text)
RETURNS SETOF record LANGUAGE sql STABLE AS $$
  SELECT home_cell_centre(u.home_cell_x, u.home_cell_y), u.home_buurt_code FROM users u
  WHERE subject_kind = 'resident' AND u.id = subject_id AND u.home_cell_x IS NOT NULL
  UNION ALL
  SELECT o.location::geography, o.buurt_code FROM organisations o
  WHERE subject_kind = 'organisation' AND o.id = subject_id AND o.location IS NOT NULL
  UNION ALL
  SELECT ST_PointOnSurface(a.geom)::geography, a.buurt_code FROM assets a
  WHERE subject_kind = 'place' AND a.id = subject_id AND a.type = 'place'
$$;

-- What a person did with a suggestion: dismissed it, or acted on it (asked for an introduction). Either way it is not
-- shown again. `subject` is who or what it was for ('me', 'organisation:<id>', 'place:<id>', 'buurt:<code>');
-- `suggestion` is its key (rule:kind:id).
CREATE TABLE suggestion_feedback (
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  subject     text NOT NULL CHECK (length(subject) <= 80),
  suggestion  text NOT NULL CHECK (length(suggestion) <= 120),
  action      text NOT NULL CHECK (action IN ('dismissed', 'acted')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, subject, suggestion)
);

-- Statistics for the new index and columns: the embedded database has no autovacuum, and without them the planner
-- took the suggestion index for useless (160 ms instead of 13 for one resident of the 100,000-asset city).
ANALYZE assets;
ANALYZE organisations;

-- Down Migration

DROP TABLE suggestion_feedback;
DROP FUNCTION suggestion_anchor(text, uuid);
DROP TRIGGER users_owner_cell_centre ON users;
DROP FUNCTION users_move_owner_cell_centre();
DROP TRIGGER assets_owner_cell_centre ON assets;
DROP FUNCTION assets_set_owner_cell_centre();
DROP INDEX organisations_location_geography_gist;
ALTER TABLE assets DROP COLUMN suggestion_keys;
DROP FUNCTION suggestion_keys(text, text, text[], geography, text);
DROP FUNCTION suggestion_squares(geography, float8);
DROP FUNCTION suggestion_square(geography);
DROP INDEX assets_place_geography_gist;
ALTER TABLE assets DROP COLUMN owner_cell_centre;
DROP FUNCTION home_cell_centre(integer, integer);
