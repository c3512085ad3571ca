-- The people grid: cells of the Dutch national grid (RD New, EPSG:28992) of people_cell_size() metres (the policy
-- function made from CELL_SIZE_M in api/shared/policy.ts). Residents appear on the map only as counts per cell.

-- A resident's home cell, computed from the home point whenever it changes. Privacy: as secret as the point.
CREATE OR REPLACE FUNCTION users_set_home_cell() RETURNS trigger LANGUAGE plpgsql AS $$
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
CREATE OR REPLACE TRIGGER users_home_cell BEFORE INSERT OR UPDATE OF home_location ON users
  FOR EACH ROW EXECUTE FUNCTION users_set_home_cell();

-- The range of people cells a bbox (WGS 84) covers.
CREATE OR REPLACE FUNCTION people_cells_in_view(min_lng float8, min_lat float8, max_lng float8, max_lat float8,
                                     OUT min_x integer, OUT max_x integer, OUT min_y integer, OUT max_y integer)
LANGUAGE sql STABLE AS $$
  SELECT floor(ST_XMin(rd) / people_cell_size())::integer, floor(ST_XMax(rd) / people_cell_size())::integer,
         floor(ST_YMin(rd) / people_cell_size())::integer, floor(ST_YMax(rd) / people_cell_size())::integer
  FROM ST_Transform(ST_MakeEnvelope(min_lng, min_lat, max_lng, max_lat, 4326), 28992) AS rd
$$;

-- The centre of a home cell: where the suggestion engine places a resident and their items, never at the home, so
-- whoever moves their own point of view to probe a neighbour learns at most the cell. Privacy: used inside queries
-- only; no response contains it.
CREATE OR REPLACE FUNCTION home_cell_centre(cell_x integer, cell_y integer) RETURNS geography
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ST_Transform(ST_SetSRID(ST_MakePoint((cell_x + 0.5) * people_cell_size(), (cell_y + 0.5) * people_cell_size()), 28992), 4326)::geography
$$;
