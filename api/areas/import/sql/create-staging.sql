-- The areas of the file being imported, repaired and in EPSG:4326; gone at the end of the import's transaction (and
-- emptied for the next file when one transaction loads several).
CREATE TEMPORARY TABLE IF NOT EXISTS area_import (
  feature integer NOT NULL,
  level text NOT NULL,
  code text NOT NULL,
  name text NOT NULL,
  wijk_code text,
  municipality_code text NOT NULL,
  municipality_name text,
  geom geometry(MultiPolygon, 4326),
  was_valid boolean NOT NULL,
  figures jsonb,
  source_hash text NOT NULL
) ON COMMIT DROP;
TRUNCATE area_import;
