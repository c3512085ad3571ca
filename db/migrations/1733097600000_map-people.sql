-- Up Migration

-- Residents on the map, kept current as their items change, so a map request never aggregates every resident's items
-- (at 1,000,000 assets that took 2.5 s per request). Everything here is server-side only: no response contains a
-- home cell or a row of map_people; the map shows groups of at least k people (api/assets/sql/map-people*.sql).

-- The people grid: 250 m cells of the Dutch national grid (RD New, EPSG:28992). Why 250 m: CBS publishes statistics
-- per 500 m and 100 m square, so ours nest in theirs; a cell is about a street block or two, small enough to say "this
-- part of the buurt" and, at Tilburg's densities (1,500–9,000 people per km²), large enough that a cell holds
-- 100–550 inhabitants, of whom k = 5 sharing something is common in the built-up city and rare in the outskirts,
-- where people roll up to their buurt. The API's CELL_SIZE_M must match (tests/db/map-people.test.ts checks it).
CREATE FUNCTION people_cell_size() RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT 250';

-- A resident's home cell, computed from the home point whenever it changes. Privacy: as secret as the point.
ALTER TABLE users ADD COLUMN home_cell_x integer, ADD COLUMN home_cell_y integer;

CREATE FUNCTION users_set_home_cell() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.home_location IS NULL THEN
    NEW.home_cell_x := NULL;
    NEW.home_cell_y := NULL;
  ELSE
    SELECT floor(ST_X(rd.p) / people_cell_size())::integer, floor(ST_Y(rd.p) / people_cell_size())::integer
    INTO NEW.home_cell_x, NEW.home_cell_y
    FROM (SELECT ST_Transform(NEW.home_location::geometry, 28992) AS p) rd;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER users_home_cell BEFORE INSERT OR UPDATE OF home_location ON users
  FOR EACH ROW EXECUTE FUNCTION users_set_home_cell();
UPDATE users SET home_location = home_location WHERE home_location IS NOT NULL;

-- One row per resident and audience that may count them: a resident is on the map for an audience when they have at
-- least one item (inventory or thing) that audience may see. Audiences: 'public' sees public items; 'registered'
-- (logged-in neighbours) also 'neighbours' items; 'connectors' (a connector within their areas) also 'connectors'
-- items. The tags of those items, by direction, let the map filter on tags and offer/wish without reading assets.
CREATE TABLE map_people (
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  audience    text NOT NULL CHECK (audience IN ('public', 'registered', 'connectors')),
  buurt_code  text NOT NULL,
  cell_x      integer,
  cell_y      integer,
  offers      boolean NOT NULL,
  wishes      boolean NOT NULL,
  offer_tags  text[] NOT NULL,
  wish_tags   text[] NOT NULL,
  PRIMARY KEY (user_id, audience),
  CHECK ((cell_x IS NULL) = (cell_y IS NULL))
);
CREATE INDEX map_people_audience_buurt_idx ON map_people (audience, buurt_code);
CREATE INDEX map_people_offer_tags_idx ON map_people USING gin (offer_tags);
CREATE INDEX map_people_wish_tags_idx ON map_people USING gin (wish_tags);

-- How many people of each audience live in each buurt and cell (NULL cell: a home buurt without a home point).
-- A few thousand rows for a whole city, so the unfiltered map reads a small table instead of every resident.
CREATE TABLE map_people_cells (
  audience    text NOT NULL,
  buurt_code  text NOT NULL,
  cell_x      integer,
  cell_y      integer,
  -- No CHECK (people >= 0): a delta row of -1 is checked as proposed, before ON CONFLICT turns it into an update.
  -- Zero lasts only until the DELETE at the end of map_people_count(); tests/db/map-people.test.ts checks the sums.
  people      integer NOT NULL,
  CONSTRAINT map_people_cells_key UNIQUE NULLS NOT DISTINCT (audience, buurt_code, cell_x, cell_y)
);

-- The outline of each cell anyone lives in, as the map sends it (GeoJSON in WGS 84, 5 decimals: 1 m): transforming a
-- thousand cells from RD New on every city-wide request cost 9 ms. Filled as cells get their first resident.
CREATE TABLE people_grid_cells (
  cell_x   integer NOT NULL,
  cell_y   integer NOT NULL,
  geojson  text NOT NULL,
  PRIMARY KEY (cell_x, cell_y)
);

-- Where a buurt's group of residents is drawn (a point inside the buurt), kept with the buurt instead of computed
-- for 251 buurten on every city-wide request.
ALTER TABLE buurten ADD COLUMN label_geojson text GENERATED ALWAYS AS (ST_AsGeoJSON(ST_PointOnSurface(geom), 6)) STORED;

-- The one definition of the audiences: which item visibilities each may count.
CREATE FUNCTION map_audience_sees(audience text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE audience WHEN 'public' THEN ARRAY['public']
                       WHEN 'registered' THEN ARRAY['public', 'neighbours']
                       WHEN 'connectors' THEN ARRAY['public', 'neighbours', 'connectors'] END
$$;

-- The buurten where `viewer` is a connector (for a buurt, or for the wijk it lies in): there they count as the
-- 'connectors' audience, elsewhere as 'registered'.
CREATE FUNCTION connector_buurt_codes(viewer uuid) RETURNS SETOF text LANGUAGE sql STABLE AS $$
  SELECT b.code FROM buurten b JOIN connector_areas ca ON ca.buurt_code = b.code OR ca.wijk_code = b.wijk_code
  WHERE ca.user_id = viewer
$$;

-- The range of people cells a bbox (WGS 84) covers.
CREATE FUNCTION people_cells_in_view(min_lng float8, min_lat float8, max_lng float8, max_lat float8,
                                     OUT min_x integer, OUT max_x integer, OUT min_y integer, OUT max_y integer)
LANGUAGE sql STABLE AS $$
  SELECT floor(ST_XMin(rd) / people_cell_size())::integer, floor(ST_XMax(rd) / people_cell_size())::integer,
         floor(ST_YMin(rd) / people_cell_size())::integer, floor(ST_YMax(rd) / people_cell_size())::integer
  FROM ST_Transform(ST_MakeEnvelope(min_lng, min_lat, max_lng, max_lat, 4326), 28992) AS rd
$$;

-- Recomputes the map rows of the given residents from their items and home. Called by the triggers below, set-based,
-- so a seed inserting a million items refreshes each resident once per statement, not once per item.
CREATE FUNCTION refresh_map_people(changed uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM map_people WHERE user_id = ANY (changed);
  -- EXECUTE: planned for this call's residents. A cached generic plan cannot know whether `changed` holds one
  -- resident or thousands, and chose to read every item (1.2 s for 2,000 residents of the 1,000,000-asset city).
  EXECUTE $sql$
    INSERT INTO map_people (user_id, audience, buurt_code, cell_x, cell_y, offers, wishes, offer_tags, wish_tags)
    SELECT u.id, audience.name, u.home_buurt_code, u.home_cell_x, u.home_cell_y,
           bool_or(a.direction = 'offer'), bool_or(a.direction = 'wish'),
           coalesce(array_agg(DISTINCT tag.key ORDER BY tag.key) FILTER (WHERE a.direction = 'offer' AND tag.key IS NOT NULL), '{}'),
           coalesce(array_agg(DISTINCT tag.key ORDER BY tag.key) FILTER (WHERE a.direction = 'wish' AND tag.key IS NOT NULL), '{}')
    FROM unnest($1) AS changed (id)
    JOIN users u ON u.id = changed.id
    JOIN assets a ON a.owner_user_id = u.id AND a.type IN ('inventory', 'thing')
    JOIN unnest(ARRAY['public', 'registered', 'connectors']) AS audience (name)
      ON a.visibility = ANY (map_audience_sees(audience.name))
    LEFT JOIN LATERAL unnest(a.tags) AS tag (key) ON true
    WHERE u.home_buurt_code IS NOT NULL
    GROUP BY u.id, audience.name
  $sql$ USING changed;
END
$$;

CREATE FUNCTION assets_refresh_map_people() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT owner_user_id) INTO changed FROM new_rows WHERE owner_user_id IS NOT NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT owner_user_id) INTO changed FROM old_rows WHERE owner_user_id IS NOT NULL;
  ELSE
    SELECT array_agg(DISTINCT owner.id) INTO changed
    FROM (SELECT owner_user_id FROM old_rows UNION SELECT owner_user_id FROM new_rows) AS owner (id)
    WHERE owner.id IS NOT NULL;
  END IF;
  IF changed IS NOT NULL THEN
    PERFORM refresh_map_people(changed);
  END IF;
  RETURN NULL;
END
$$;
-- Transition tables allow one event per trigger, hence three.
CREATE TRIGGER assets_map_people_insert AFTER INSERT ON assets REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION assets_refresh_map_people();
CREATE TRIGGER assets_map_people_update AFTER UPDATE ON assets REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION assets_refresh_map_people();
CREATE TRIGGER assets_map_people_delete AFTER DELETE ON assets REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION assets_refresh_map_people();

CREATE FUNCTION users_refresh_map_people() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_map_people(ARRAY[NEW.id]);
  RETURN NULL;
END
$$;
CREATE TRIGGER users_map_people AFTER UPDATE OF home_location, home_buurt_code ON users
  FOR EACH ROW WHEN (OLD.home_location IS DISTINCT FROM NEW.home_location OR OLD.home_buurt_code IS DISTINCT FROM NEW.home_buurt_code)
  EXECUTE FUNCTION users_refresh_map_people();

-- map_people_cells follows map_people: deltas per group, summed per statement.
CREATE FUNCTION map_people_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO map_people_cells AS c (audience, buurt_code, cell_x, cell_y, people)
    SELECT audience, buurt_code, cell_x, cell_y, -count(*) FROM old_rows GROUP BY 1, 2, 3, 4
    ON CONFLICT (audience, buurt_code, cell_x, cell_y) DO UPDATE SET people = c.people + excluded.people;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO map_people_cells AS c (audience, buurt_code, cell_x, cell_y, people)
    SELECT audience, buurt_code, cell_x, cell_y, count(*) FROM new_rows GROUP BY 1, 2, 3, 4
    ON CONFLICT (audience, buurt_code, cell_x, cell_y) DO UPDATE SET people = c.people + excluded.people;
    INSERT INTO people_grid_cells (cell_x, cell_y, geojson)
    SELECT n.cell_x, n.cell_y,
           ST_AsGeoJSON(ST_Transform(ST_MakeEnvelope(n.cell_x * people_cell_size(), n.cell_y * people_cell_size(),
                                                     (n.cell_x + 1) * people_cell_size(), (n.cell_y + 1) * people_cell_size(), 28992), 4326), 5)
    FROM (SELECT DISTINCT cell_x, cell_y FROM new_rows WHERE cell_x IS NOT NULL) n
    -- Only new cells: the transform is the costly part, and ON CONFLICT would compute it first.
    WHERE NOT EXISTS (SELECT 1 FROM people_grid_cells g WHERE g.cell_x = n.cell_x AND g.cell_y = n.cell_y)
    ON CONFLICT DO NOTHING;
  END IF;
  DELETE FROM map_people_cells WHERE people = 0;
  RETURN NULL;
END
$$;
CREATE TRIGGER map_people_count_insert AFTER INSERT ON map_people REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION map_people_count();
CREATE TRIGGER map_people_count_update AFTER UPDATE ON map_people REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION map_people_count();
CREATE TRIGGER map_people_count_delete AFTER DELETE ON map_people REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION map_people_count();

-- The map's exactly placed assets in id order (map-exact.sql pages by id): at city zoom nearly everything is in view,
-- so walking these and stopping after a page beats sorting every asset in view (190 ms → 3 ms at 1,000,000 assets).
CREATE INDEX assets_unowned_id_idx ON assets (id) WHERE owner_user_id IS NULL;
CREATE INDEX assets_organisation_items_id_idx ON assets (id) WHERE owner_organisation_id IS NOT NULL AND geom IS NULL;

-- Everyone already on the map.
SELECT refresh_map_people(array_agg(id)) FROM users;

-- Down Migration
DROP INDEX assets_unowned_id_idx;
DROP INDEX assets_organisation_items_id_idx;
DROP TRIGGER users_map_people ON users;
DROP FUNCTION users_refresh_map_people();
DROP TRIGGER assets_map_people_insert ON assets;
DROP TRIGGER assets_map_people_update ON assets;
DROP TRIGGER assets_map_people_delete ON assets;
DROP FUNCTION assets_refresh_map_people();
DROP FUNCTION refresh_map_people(uuid[]);
DROP FUNCTION people_cells_in_view(float8, float8, float8, float8);
DROP FUNCTION connector_buurt_codes(uuid);
DROP FUNCTION map_audience_sees(text);
DROP TABLE map_people_cells;
DROP TABLE people_grid_cells;
ALTER TABLE buurten DROP COLUMN label_geojson;
DROP TABLE map_people;
DROP FUNCTION map_people_count();
DROP TRIGGER users_home_cell ON users;
DROP FUNCTION users_set_home_cell();
ALTER TABLE users DROP COLUMN home_cell_x, DROP COLUMN home_cell_y;
DROP FUNCTION people_cell_size();
