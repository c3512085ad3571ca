-- One wijk with its CBS key figures of the latest year (all NULL when CBS has none for it).
SELECT w.code, w.name, w.municipality_code, w.area_m2,
       (SELECT count(*)::int FROM buurten b WHERE b.wijk_code = w.code AND b.retired_at IS NULL) AS buurt_count,
       f.year AS figures_year, s.attribution AS figures_source,
       f.inhabitants, f.men, f.women, f.age_0_15_pct::float8, f.age_15_25_pct::float8, f.age_25_45_pct::float8,
       f.age_45_65_pct::float8, f.age_65_plus_pct::float8, f.households, f.avg_household_size::float8,
       f.density_per_km2, f.passenger_cars,
       ST_AsGeoJSON(w.geom, 6)::json AS geometry
FROM wijken w
LEFT JOIN LATERAL (
  SELECT * FROM wijk_key_figures k WHERE k.wijk_code = w.code ORDER BY k.year DESC LIMIT 1
) f ON true
LEFT JOIN data_sources s ON s.key = f.source
WHERE w.code = $1;
