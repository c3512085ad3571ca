-- Up Migration

-- pg_restore runs with an empty search_path, so nothing a restore evaluates may need PostGIS found by name
-- (`npm run db:restore`, tests/db/backup-restore.test.ts).

-- A generated column is computed as each row goes in: suggestion_keys must find suggestion_role, suggestion_square and
-- PostGIS without a search_path. It only fills that column, so not being inlined costs nothing at query time.
ALTER FUNCTION suggestion_keys(text, text, text[], geography, text) SET search_path = public;

-- A trigger's WHEN clause is dumped as written, and `IS DISTINCT FROM` cannot name the schema of PostGIS's `=`: the
-- locations are compared as their text (hex EWKB, every coordinate), which needs no operator from PostGIS.
DROP TRIGGER users_map_people ON users;
CREATE TRIGGER users_map_people AFTER UPDATE OF home_location, home_buurt_code ON users
  FOR EACH ROW WHEN (OLD.home_location::text IS DISTINCT FROM NEW.home_location::text OR OLD.home_buurt_code IS DISTINCT FROM NEW.home_buurt_code)
  EXECUTE FUNCTION users_refresh_map_people();
DROP TRIGGER users_owner_cell_centre ON users;
CREATE TRIGGER users_owner_cell_centre AFTER UPDATE OF home_location ON users
  FOR EACH ROW WHEN (OLD.home_location::text IS DISTINCT FROM NEW.home_location::text) EXECUTE FUNCTION users_move_owner_cell_centre();
DROP TRIGGER organisations_move_items ON organisations;
CREATE TRIGGER organisations_move_items AFTER UPDATE OF location ON organisations
  FOR EACH ROW WHEN (OLD.location::text IS DISTINCT FROM NEW.location::text) EXECUTE FUNCTION organisations_move_items();

-- Down Migration

DROP TRIGGER organisations_move_items ON organisations;
CREATE TRIGGER organisations_move_items AFTER UPDATE OF location ON organisations
  FOR EACH ROW WHEN (OLD.location IS DISTINCT FROM NEW.location) EXECUTE FUNCTION organisations_move_items();
DROP TRIGGER users_owner_cell_centre ON users;
CREATE TRIGGER users_owner_cell_centre AFTER UPDATE OF home_location ON users
  FOR EACH ROW WHEN (OLD.home_location IS DISTINCT FROM NEW.home_location) EXECUTE FUNCTION users_move_owner_cell_centre();
DROP TRIGGER users_map_people ON users;
CREATE TRIGGER users_map_people AFTER UPDATE OF home_location, home_buurt_code ON users
  FOR EACH ROW WHEN (OLD.home_location IS DISTINCT FROM NEW.home_location OR OLD.home_buurt_code IS DISTINCT FROM NEW.home_buurt_code)
  EXECUTE FUNCTION users_refresh_map_people();
ALTER FUNCTION suggestion_keys(text, text, text[], geography, text) RESET search_path;
