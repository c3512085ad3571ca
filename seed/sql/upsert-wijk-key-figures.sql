-- $1: json array of CBS key figures per wijk; nulls stay null (CBS did not publish the value).
INSERT INTO wijk_key_figures (wijk_code, year, inhabitants, men, women, age_0_15_pct, age_15_25_pct, age_25_45_pct,
                              age_45_65_pct, age_65_plus_pct, households, avg_household_size, density_per_km2,
                              passenger_cars, source, source_hash)
SELECT f.wijk_code, f.year, f.inhabitants, f.men, f.women, f.age_0_15_pct, f.age_15_25_pct, f.age_25_45_pct,
       f.age_45_65_pct, f.age_65_plus_pct, f.households, f.avg_household_size, f.density_per_km2,
       f.passenger_cars, f.source, f.source_hash
FROM json_to_recordset($1::json) AS f (
  wijk_code text, year integer, inhabitants integer, men integer, women integer, age_0_15_pct numeric,
  age_15_25_pct numeric, age_25_45_pct numeric, age_45_65_pct numeric, age_65_plus_pct numeric, households integer,
  avg_household_size numeric, density_per_km2 integer, passenger_cars integer, source text, source_hash text
)
ON CONFLICT (wijk_code, year) DO UPDATE
SET inhabitants = excluded.inhabitants, men = excluded.men, women = excluded.women,
    age_0_15_pct = excluded.age_0_15_pct, age_15_25_pct = excluded.age_15_25_pct,
    age_25_45_pct = excluded.age_25_45_pct, age_45_65_pct = excluded.age_45_65_pct,
    age_65_plus_pct = excluded.age_65_plus_pct, households = excluded.households,
    avg_household_size = excluded.avg_household_size, density_per_km2 = excluded.density_per_km2,
    passenger_cars = excluded.passenger_cars, source = excluded.source, source_hash = excluded.source_hash
WHERE wijk_key_figures.source_hash IS DISTINCT FROM excluded.source_hash
RETURNING (xmax = 0) AS inserted;
