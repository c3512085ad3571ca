-- The key figures of the staged wijken for year $1 from source $2; a figure CBS did not publish stays null.
INSERT INTO wijk_key_figures (wijk_code, year, inhabitants, men, women, age_0_15_pct, age_15_25_pct, age_25_45_pct,
                              age_45_65_pct, age_65_plus_pct, households, avg_household_size, density_per_km2,
                              passenger_cars, source, source_hash)
SELECT s.code, $1, f.inhabitants, f.men, f.women, f.age_0_15_pct, f.age_15_25_pct, f.age_25_45_pct,
       f.age_45_65_pct, f.age_65_plus_pct, f.households, f.avg_household_size, f.density_per_km2, f.passenger_cars,
       $2, md5(s.figures::text)
FROM area_import s
CROSS JOIN LATERAL jsonb_to_record(s.figures) AS f (
  inhabitants integer, men integer, women integer, age_0_15_pct numeric, age_15_25_pct numeric,
  age_25_45_pct numeric, age_45_65_pct numeric, age_65_plus_pct numeric, households integer,
  avg_household_size numeric, density_per_km2 integer, passenger_cars integer
)
WHERE s.level = 'wijk' AND s.figures IS NOT NULL
ON CONFLICT (wijk_code, year) DO UPDATE
SET inhabitants = excluded.inhabitants, men = excluded.men, women = excluded.women,
    age_0_15_pct = excluded.age_0_15_pct, age_15_25_pct = excluded.age_15_25_pct,
    age_25_45_pct = excluded.age_25_45_pct, age_45_65_pct = excluded.age_45_65_pct,
    age_65_plus_pct = excluded.age_65_plus_pct, households = excluded.households,
    avg_household_size = excluded.avg_household_size, density_per_km2 = excluded.density_per_km2,
    passenger_cars = excluded.passenger_cars, source = excluded.source, source_hash = excluded.source_hash
WHERE wijk_key_figures.source_hash IS DISTINCT FROM excluded.source_hash
RETURNING (xmax = 0) AS inserted;
