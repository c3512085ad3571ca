-- Up Migration

-- CBS publishes its key figures per wijk and per buurt (the wijk- en buurtkaart), and with more than the composition
-- of the population: dwellings and their value (WOZ), tenure, income, benefits and the distance to everyday services.
-- One table holds the figures of both levels (exactly one of wijk_code and buurt_code is set; area_code is whichever),
-- and wijk_key_figures stays as the view of its wijk rows, so what reads it reads on.
CREATE TABLE key_figures (
  wijk_code text REFERENCES wijken(code) ON DELETE CASCADE,
  buurt_code text REFERENCES buurten(code) ON DELETE CASCADE,
  area_code text GENERATED ALWAYS AS (coalesce(wijk_code, buurt_code)) STORED NOT NULL,
  year integer NOT NULL,
  inhabitants integer,
  men integer,
  women integer,
  age_0_15_pct numeric,
  age_15_25_pct numeric,
  age_25_45_pct numeric,
  age_45_65_pct numeric,
  age_65_plus_pct numeric,
  households integer,
  avg_household_size numeric,
  density_per_km2 integer,
  passenger_cars integer,
  dwellings integer,
  woz_value_k numeric,
  owner_occupied_pct numeric,
  corporation_rental_pct numeric,
  income_per_inhabitant_k numeric,
  social_minimum_households_pct numeric,
  social_assistance integer,
  incapacity_benefits integer,
  gp_distance_km numeric,
  supermarket_distance_km numeric,
  primary_school_distance_km numeric,
  source text NOT NULL REFERENCES data_sources(key),
  source_hash text NOT NULL,
  PRIMARY KEY (area_code, year),
  CHECK (num_nonnulls(wijk_code, buurt_code) = 1)
);
CREATE INDEX key_figures_wijk_code_idx ON key_figures (wijk_code) WHERE wijk_code IS NOT NULL;
CREATE INDEX key_figures_buurt_code_idx ON key_figures (buurt_code) WHERE buurt_code IS NOT NULL;
CREATE INDEX key_figures_source_idx ON key_figures (source);

INSERT INTO key_figures (wijk_code, year, inhabitants, men, women, age_0_15_pct, age_15_25_pct, age_25_45_pct,
                         age_45_65_pct, age_65_plus_pct, households, avg_household_size, density_per_km2,
                         passenger_cars, source, source_hash)
SELECT wijk_code, year, inhabitants, men, women, age_0_15_pct, age_15_25_pct, age_25_45_pct, age_45_65_pct,
       age_65_plus_pct, households, avg_household_size, density_per_km2, passenger_cars, source, source_hash
FROM wijk_key_figures;

-- The views over the old table go with it; db/functions creates them anew over the view below.
DROP TABLE wijk_key_figures CASCADE;
CREATE VIEW wijk_key_figures AS
SELECT wijk_code, year, inhabitants, men, women, age_0_15_pct, age_15_25_pct, age_25_45_pct, age_45_65_pct,
       age_65_plus_pct, households, avg_household_size, density_per_km2, passenger_cars, source, source_hash
FROM key_figures
WHERE wijk_code IS NOT NULL;

-- Down Migration

DROP VIEW wijk_key_figures CASCADE;
CREATE TABLE wijk_key_figures (
  wijk_code text NOT NULL REFERENCES wijken(code) ON DELETE CASCADE,
  year integer NOT NULL,
  inhabitants integer,
  men integer,
  women integer,
  age_0_15_pct numeric,
  age_15_25_pct numeric,
  age_25_45_pct numeric,
  age_45_65_pct numeric,
  age_65_plus_pct numeric,
  households integer,
  avg_household_size numeric,
  density_per_km2 integer,
  passenger_cars integer,
  source text NOT NULL REFERENCES data_sources(key),
  source_hash text NOT NULL,
  PRIMARY KEY (wijk_code, year)
);
INSERT INTO wijk_key_figures
SELECT wijk_code, year, inhabitants, men, women, age_0_15_pct, age_15_25_pct, age_25_45_pct, age_45_65_pct,
       age_65_plus_pct, households, avg_household_size, density_per_km2, passenger_cars, source, source_hash
FROM key_figures WHERE wijk_code IS NOT NULL;
DROP TABLE key_figures;
