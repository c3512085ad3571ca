-- The key figures of the staged wijken and buurten for year $1 from source $2, one column per figure of the
-- catalogue (api/areas/import/key-figures.ts); a figure CBS did not publish, or keeps secret, stays null.
INSERT INTO key_figures (wijk_code, buurt_code, year,
                         inhabitants, men, women, age_0_15_pct, age_15_25_pct, age_25_45_pct, age_45_65_pct,
                         age_65_plus_pct, households, avg_household_size, density_per_km2, passenger_cars,
                         dwellings, woz_value_k, owner_occupied_pct, corporation_rental_pct,
                         income_per_inhabitant_k, social_minimum_households_pct, social_assistance,
                         incapacity_benefits, gp_distance_km, supermarket_distance_km, primary_school_distance_km,
                         source, source_hash)
SELECT CASE WHEN s.level = 'wijk' THEN s.code END, CASE WHEN s.level = 'buurt' THEN s.code END, $1,
       f.inhabitants, f.men, f.women, f.age_0_15_pct, f.age_15_25_pct, f.age_25_45_pct, f.age_45_65_pct,
       f.age_65_plus_pct, f.households, f.avg_household_size, f.density_per_km2, f.passenger_cars, f.dwellings,
       f.woz_value_k, f.owner_occupied_pct, f.corporation_rental_pct, f.income_per_inhabitant_k,
       f.social_minimum_households_pct, f.social_assistance, f.incapacity_benefits, f.gp_distance_km,
       f.supermarket_distance_km, f.primary_school_distance_km, $2, md5(s.figures::text)
FROM area_import s
CROSS JOIN LATERAL jsonb_populate_record(NULL::key_figures, s.figures) AS f
WHERE s.level IN ('wijk', 'buurt') AND s.figures IS NOT NULL
ON CONFLICT (area_code, year) DO UPDATE
SET inhabitants = excluded.inhabitants, men = excluded.men, women = excluded.women,
    age_0_15_pct = excluded.age_0_15_pct, age_15_25_pct = excluded.age_15_25_pct,
    age_25_45_pct = excluded.age_25_45_pct, age_45_65_pct = excluded.age_45_65_pct,
    age_65_plus_pct = excluded.age_65_plus_pct, households = excluded.households,
    avg_household_size = excluded.avg_household_size, density_per_km2 = excluded.density_per_km2,
    passenger_cars = excluded.passenger_cars, dwellings = excluded.dwellings, woz_value_k = excluded.woz_value_k,
    owner_occupied_pct = excluded.owner_occupied_pct, corporation_rental_pct = excluded.corporation_rental_pct,
    income_per_inhabitant_k = excluded.income_per_inhabitant_k,
    social_minimum_households_pct = excluded.social_minimum_households_pct,
    social_assistance = excluded.social_assistance, incapacity_benefits = excluded.incapacity_benefits,
    gp_distance_km = excluded.gp_distance_km, supermarket_distance_km = excluded.supermarket_distance_km,
    primary_school_distance_km = excluded.primary_school_distance_km, source = excluded.source,
    source_hash = excluded.source_hash
WHERE key_figures.source_hash IS DISTINCT FROM excluded.source_hash
RETURNING (xmax = 0) AS inserted;
