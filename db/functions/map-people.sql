-- Recomputes the map rows of the given residents from their items and home. Called by the triggers below, set-based,
-- so a seed inserting a million items refreshes each resident once per statement, not once per item.
CREATE OR REPLACE FUNCTION refresh_map_people(changed uuid[]) RETURNS void LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE FUNCTION assets_refresh_map_people() RETURNS trigger LANGUAGE plpgsql AS $$
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
SELECT create_statement_triggers('assets', 'assets_map_people', 'assets_refresh_map_people');
CREATE OR REPLACE FUNCTION users_refresh_map_people() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_map_people(ARRAY[NEW.id]);
  RETURN NULL;
END
$$;
-- A trigger's WHEN clause is dumped as written, and `IS DISTINCT FROM` cannot name the schema of PostGIS's `=`: the
-- locations are compared as their text (hex EWKB, every coordinate), which needs no operator from PostGIS.
CREATE OR REPLACE TRIGGER users_map_people AFTER UPDATE OF home_location, home_buurt_code ON users
  FOR EACH ROW WHEN (OLD.home_location::text IS DISTINCT FROM NEW.home_location::text OR OLD.home_buurt_code IS DISTINCT FROM NEW.home_buurt_code)
  EXECUTE FUNCTION users_refresh_map_people();

-- map_people_cells follows map_people: deltas per group, summed per statement.
CREATE OR REPLACE FUNCTION map_people_count() RETURNS trigger LANGUAGE plpgsql AS $$
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
SELECT create_statement_triggers('map_people', 'map_people_count', 'map_people_count');
