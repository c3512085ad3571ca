-- Up Migration

-- A wijk or buurt that a later import of its municipality lacks is retired rather than deleted: agendas, survey rounds
-- and connector grants that name it still resolve, but nothing is placed in it and the map no longer lists it.
-- retired_by is the data source whose import retired it; an import that has the area again clears both.
ALTER TABLE wijken ADD COLUMN retired_at timestamptz;
ALTER TABLE wijken ADD COLUMN retired_by text REFERENCES data_sources (key);
ALTER TABLE buurten ADD COLUMN retired_at timestamptz;
ALTER TABLE buurten ADD COLUMN retired_by text REFERENCES data_sources (key);

-- Down Migration

ALTER TABLE buurten DROP COLUMN retired_by;
ALTER TABLE buurten DROP COLUMN retired_at;
ALTER TABLE wijken DROP COLUMN retired_by;
ALTER TABLE wijken DROP COLUMN retired_at;
