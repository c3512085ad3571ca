-- Where the suggestion index places an item that has no place of its own, kept on the item by these triggers: a
-- resident's item at the centre of its owner's home cell (never the home), an organisation's item at the
-- organisation's (public) location.

CREATE OR REPLACE FUNCTION assets_set_owner_cell_centre() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.owner_cell_centre := CASE WHEN NEW.owner_user_id IS NULL THEN NULL
                                ELSE (SELECT home_cell_centre(u.home_cell_x, u.home_cell_y) FROM users u WHERE u.id = NEW.owner_user_id) END;
  RETURN NEW;
END
$$;
CREATE OR REPLACE TRIGGER assets_owner_cell_centre BEFORE INSERT OR UPDATE OF owner_user_id ON assets
  FOR EACH ROW EXECUTE FUNCTION assets_set_owner_cell_centre();

-- After users_home_cell (BEFORE) has set the new cell.
CREATE OR REPLACE FUNCTION users_move_owner_cell_centre() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE assets SET owner_cell_centre = home_cell_centre(NEW.home_cell_x, NEW.home_cell_y)
  WHERE owner_user_id = NEW.id AND owner_cell_centre IS DISTINCT FROM home_cell_centre(NEW.home_cell_x, NEW.home_cell_y);
  RETURN NULL;
END
$$;
-- A trigger's WHEN clause is dumped as written, and `IS DISTINCT FROM` cannot name the schema of PostGIS's `=`: the
-- locations are compared as their text (hex EWKB, every coordinate), which needs no operator from PostGIS.
CREATE OR REPLACE TRIGGER users_owner_cell_centre AFTER UPDATE OF home_location ON users
  FOR EACH ROW WHEN (OLD.home_location::text IS DISTINCT FROM NEW.home_location::text) EXECUTE FUNCTION users_move_owner_cell_centre();

CREATE OR REPLACE FUNCTION assets_set_owner_organisation_location() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.owner_organisation_location := CASE WHEN NEW.owner_organisation_id IS NULL OR NEW.geom IS NOT NULL THEN NULL
    ELSE (SELECT o.location::geography FROM organisations o WHERE o.id = NEW.owner_organisation_id) END;
  RETURN NEW;
END
$$;
CREATE OR REPLACE TRIGGER assets_owner_organisation_location BEFORE INSERT OR UPDATE OF owner_organisation_id, geom ON assets
  FOR EACH ROW EXECUTE FUNCTION assets_set_owner_organisation_location();

-- When an organisation moves, its items move with it (their buurt too).
CREATE OR REPLACE FUNCTION organisations_move_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE assets
  SET owner_organisation_location = NEW.location::geography,
      buurt_code = coalesce(NEW.buurt_code, buurt_code),
      wijk_code = coalesce(NEW.wijk_code, wijk_code)
  WHERE owner_organisation_id = NEW.id AND geom IS NULL;
  RETURN NULL;
END
$$;
CREATE OR REPLACE TRIGGER organisations_move_items AFTER UPDATE OF location ON organisations
  FOR EACH ROW WHEN (OLD.location::text IS DISTINCT FROM NEW.location::text) EXECUTE FUNCTION organisations_move_items();
