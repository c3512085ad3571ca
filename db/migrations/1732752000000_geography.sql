-- Up Migration

CREATE EXTENSION IF NOT EXISTS postgis;

-- Where each boundary and figure comes from, so every map layer and chart can name its source and year.
CREATE TABLE data_sources (
  key          text PRIMARY KEY,
  title        text NOT NULL,
  publisher    text NOT NULL,
  year         integer NOT NULL,
  licence      text NOT NULL,
  attribution  text NOT NULL,
  url          text
);

CREATE TABLE municipalities (
  code         text PRIMARY KEY CHECK (code ~ '^GM[0-9]{4}$'),
  name         text NOT NULL,
  -- Union of the wijken: the outline of the municipality, for "is this point in the city?".
  geom         geometry(MultiPolygon, 4326),
  source_hash  text NOT NULL
);
CREATE INDEX municipalities_geom_gist ON municipalities USING gist (geom);

CREATE TABLE wijken (
  code               text PRIMARY KEY CHECK (code ~ '^WK[0-9]{6}$'),
  name               text NOT NULL,
  municipality_code  text NOT NULL REFERENCES municipalities (code),
  geom               geometry(MultiPolygon, 4326) NOT NULL,
  area_m2            double precision NOT NULL CHECK (area_m2 > 0),
  geometry_source    text NOT NULL REFERENCES data_sources (key),
  -- Hash of the source feature: re-seeding rewrites a row only when its source changed.
  source_hash        text NOT NULL
);
CREATE INDEX wijken_geom_gist ON wijken USING gist (geom);
CREATE INDEX wijken_municipality_code_idx ON wijken (municipality_code);

CREATE TABLE buurten (
  code               text PRIMARY KEY CHECK (code ~ '^BU[0-9]{8}$'),
  name               text NOT NULL,
  wijk_code          text NOT NULL REFERENCES wijken (code),
  municipality_code  text NOT NULL REFERENCES municipalities (code),
  geom               geometry(MultiPolygon, 4326) NOT NULL,
  area_m2            double precision NOT NULL CHECK (area_m2 > 0),
  geometry_source    text NOT NULL REFERENCES data_sources (key),
  source_hash        text NOT NULL
);
CREATE INDEX buurten_geom_gist ON buurten USING gist (geom);
CREATE INDEX buurten_wijk_code_idx ON buurten (wijk_code);

-- CBS key figures per wijk and year. NULL means CBS does not publish the value (too few inhabitants, or unknown):
-- it stays missing, it is never estimated.
CREATE TABLE wijk_key_figures (
  wijk_code                 text NOT NULL REFERENCES wijken (code) ON DELETE CASCADE,
  year                      integer NOT NULL,
  inhabitants               integer,
  men                       integer,
  women                     integer,
  age_0_15_pct              numeric,
  age_15_25_pct             numeric,
  age_25_45_pct             numeric,
  age_45_65_pct             numeric,
  age_65_plus_pct           numeric,
  households                integer,
  avg_household_size        numeric,
  density_per_km2           integer,
  passenger_cars            integer,
  source                    text NOT NULL REFERENCES data_sources (key),
  source_hash               text NOT NULL,
  PRIMARY KEY (wijk_code, year)
);

-- Down Migration

DROP TABLE wijk_key_figures;
DROP TABLE buurten;
DROP TABLE wijken;
DROP TABLE municipalities;
DROP TABLE data_sources;
