-- Up Migration

-- Organisations' items in the suggestion index. An organisation's item (volunteers wanted, a room, partners wanted)
-- has no place of its own: it is where the organisation is. The engine used to find them by visiting every organisation
-- within the radius and then its items: 2,400 organisations and 30 ms for one resident in a dense part of the
-- 1,000,000-asset city. `owner_organisation_location` keeps the organisation's (public) location on each of its items
-- (triggers keep it), so the same suggestion keys (kind, tag, 1 km square or buurt) find the few items that fit.
ALTER TABLE assets ADD COLUMN owner_organisation_location geography(Point, 4326);
ALTER TABLE assets DISABLE TRIGGER assets_map_people_update;
UPDATE assets a SET owner_organisation_location = o.location::geography, buurt_code = coalesce(o.buurt_code, a.buurt_code)
FROM organisations o WHERE a.owner_organisation_id = o.id AND a.geom IS NULL AND o.location IS NOT NULL;
ALTER TABLE assets ENABLE TRIGGER assets_map_people_update;
CREATE INDEX assets_owner_organisation_location_gist ON assets USING gist (owner_organisation_location)
  WHERE owner_organisation_location IS NOT NULL;

-- The generated keys now cover organisations' items too (PostgreSQL 15 cannot change a generation expression in place).
ALTER TABLE assets DROP COLUMN suggestion_keys;
ALTER TABLE assets ADD COLUMN suggestion_keys text[] GENERATED ALWAYS AS (
  CASE WHEN owner_user_id IS NOT NULL THEN suggestion_keys(type, kind, tags, owner_cell_centre, buurt_code)
       WHEN owner_organisation_id IS NOT NULL AND geom IS NULL THEN suggestion_keys(type, kind, tags, owner_organisation_location, buurt_code)
  END) STORED;
-- fastupdate off: see 1733184000000_suggestions.sql.
CREATE INDEX assets_suggestion_keys_gin ON assets USING gin (suggestion_keys) WITH (fastupdate = off) WHERE owner_user_id IS NOT NULL;
CREATE INDEX assets_organisation_suggestion_keys_gin ON assets USING gin (suggestion_keys) WITH (fastupdate = off)
  WHERE owner_organisation_id IS NOT NULL AND geom IS NULL;

CREATE FUNCTION assets_set_owner_organisation_location() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.owner_organisation_location := CASE WHEN NEW.owner_organisation_id IS NULL OR NEW.geom IS NOT NULL THEN NULL
    ELSE (SELECT o.location::geography FROM organisations o WHERE o.id = NEW.owner_organisation_id) END;
  RETURN NEW;
END
$$;
CREATE TRIGGER assets_owner_organisation_location BEFORE INSERT OR UPDATE OF owner_organisation_id, geom ON assets
  FOR EACH ROW EXECUTE FUNCTION assets_set_owner_organisation_location();

-- When an organisation moves, its items move with it (their buurt too).
CREATE FUNCTION organisations_move_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE assets
  SET owner_organisation_location = NEW.location::geography,
      buurt_code = coalesce(NEW.buurt_code, buurt_code),
      wijk_code = coalesce(NEW.wijk_code, wijk_code)
  WHERE owner_organisation_id = NEW.id AND geom IS NULL;
  RETURN NULL;
END
$$;
CREATE TRIGGER organisations_move_items AFTER UPDATE OF location ON organisations
  FOR EACH ROW WHEN (OLD.location IS DISTINCT FROM NEW.location) EXECUTE FUNCTION organisations_move_items();

ANALYZE assets;

-- Down Migration

DROP TRIGGER organisations_move_items ON organisations;
DROP FUNCTION organisations_move_items();
DROP TRIGGER assets_owner_organisation_location ON assets;
DROP FUNCTION assets_set_owner_organisation_location();
DROP INDEX assets_organisation_suggestion_keys_gin;
ALTER TABLE assets DROP COLUMN suggestion_keys;
ALTER TABLE assets ADD COLUMN suggestion_keys text[]
  GENERATED ALWAYS AS (CASE WHEN owner_user_id IS NOT NULL THEN suggestion_keys(type, kind, tags, owner_cell_centre, buurt_code) END) STORED;
CREATE INDEX assets_suggestion_keys_gin ON assets USING gin (suggestion_keys) WITH (fastupdate = off) WHERE owner_user_id IS NOT NULL;
DROP INDEX assets_owner_organisation_location_gist;
ALTER TABLE assets DROP COLUMN owner_organisation_location;
