-- The CBS key figures of every wijk and buurt as indicator values, with the weight each has in its municipality's
-- figure; a value the file lacks (or CBS keeps secret) is null here.
CREATE OR REPLACE VIEW cbs_area_indicator_values AS
SELECT CASE WHEN f.wijk_code IS NOT NULL THEN 'wijk' ELSE 'buurt' END AS area_type, f.area_code, f.wijk_code,
       f.year, f.source, v.key, v.value, v.weight
FROM key_figures f
CROSS JOIN LATERAL (VALUES
  ('age-0-15', f.age_0_15_pct, f.inhabitants::numeric),
  ('age-15-25', f.age_15_25_pct, f.inhabitants::numeric),
  ('age-25-45', f.age_25_45_pct, f.inhabitants::numeric),
  ('age-45-65', f.age_45_65_pct, f.inhabitants::numeric),
  ('age-65-plus', f.age_65_plus_pct, f.inhabitants::numeric),
  ('household-size', f.avg_household_size, f.households::numeric),
  ('density', f.density_per_km2::numeric, NULL::numeric),
  ('cars-per-household', round(f.passenger_cars::numeric / nullif(f.households, 0), 2), f.households::numeric),
  ('woz-value', f.woz_value_k, f.dwellings::numeric),
  ('owner-occupied', f.owner_occupied_pct, f.dwellings::numeric),
  ('corporation-rental', f.corporation_rental_pct, f.dwellings::numeric),
  ('income-per-inhabitant', f.income_per_inhabitant_k, f.inhabitants::numeric),
  ('social-minimum-households', f.social_minimum_households_pct, f.households::numeric),
  ('social-assistance-per-1000', round(1000.0 * f.social_assistance / nullif(f.inhabitants, 0), 1), f.inhabitants::numeric),
  ('incapacity-benefits-per-1000', round(1000.0 * f.incapacity_benefits / nullif(f.inhabitants, 0), 1), f.inhabitants::numeric),
  ('gp-distance', f.gp_distance_km, f.inhabitants::numeric),
  ('supermarket-distance', f.supermarket_distance_km, f.inhabitants::numeric),
  ('primary-school-distance', f.primary_school_distance_km, f.inhabitants::numeric)
) AS v (key, value, weight);

-- The CBS key figures per wijk and per buurt as indicator values, and the municipality's own figure derived from all
-- its wijken (a weighted mean: by inhabitants, households, dwellings, or land area) only when every wijk has one: a
-- figure the source lacks stays missing (no row), never estimated.
CREATE OR REPLACE VIEW cbs_indicator_values AS
SELECT p.area_type, p.area_code, p.key AS indicator_key, p.year, p.value, p.source
FROM cbs_area_indicator_values p
WHERE p.value IS NOT NULL
UNION ALL
SELECT 'municipality', w.municipality_code, p.key, p.year,
       -- Density: inhabitants over the land area CBS counted (each wijk's inhabitants / its density), as CBS does.
       CASE WHEN p.key = 'density'
            THEN round(sum(f.inhabitants) / nullif(sum(f.inhabitants / nullif(p.value, 0)), 0))
            ELSE round(sum(p.value * p.weight) / nullif(sum(p.weight), 0), 2) END,
       min(p.source)
FROM cbs_area_indicator_values p
JOIN wijken w ON w.code = p.wijk_code
JOIN key_figures f ON f.wijk_code = p.wijk_code AND f.year = p.year
WHERE p.area_type = 'wijk'
GROUP BY w.municipality_code, p.key, p.year
HAVING bool_and(p.value IS NOT NULL AND (p.key = 'density' OR p.weight IS NOT NULL))
   AND (p.key <> 'density' OR bool_and(f.inhabitants IS NOT NULL));

-- The asset kompas per buurt, wijk and municipality, from the counts kept by kompas-counts.sql, and counted live
-- what time changes (introductions of the last 12 months) and what is small (connector areas).
CREATE OR REPLACE VIEW asset_indicator_values_counted AS
WITH live AS (
  -- A connector of a wijk is a connector of each of its buurten.
  SELECT b.code AS buurt_code, 'connector' AS what, ca.user_id AS who
  FROM connector_areas ca JOIN buurten b ON b.code = ca.buurt_code OR b.wijk_code = ca.wijk_code
  UNION ALL
  SELECT n.buurt_code, CASE WHEN n.status IN ('accepted', 'met') THEN 'accepted-introduction' ELSE 'introduction' END, NULL
  FROM introductions n WHERE n.buurt_code IS NOT NULL AND n.created_at > now() - interval '12 months'
),
live_counts AS (
  SELECT CASE WHEN GROUPING(b.code) = 0 THEN 'buurt' WHEN GROUPING(w.code) = 0 THEN 'wijk' ELSE 'municipality' END AS area_type,
         CASE WHEN GROUPING(b.code) = 0 THEN b.code WHEN GROUPING(w.code) = 0 THEN w.code ELSE w.municipality_code END AS area_code,
         count(DISTINCT f.who) FILTER (WHERE f.what = 'connector') AS connectors,
         count(*) FILTER (WHERE f.what IN ('introduction', 'accepted-introduction')) AS introductions,
         count(*) FILTER (WHERE f.what = 'accepted-introduction') AS accepted
  FROM live f JOIN buurten b ON b.code = f.buurt_code JOIN wijken w ON w.code = b.wijk_code
  GROUP BY GROUPING SETS ((w.municipality_code, w.code, b.code), (w.municipality_code, w.code), (w.municipality_code))
),
kept_counts AS (
  SELECT area_type, area_code,
         coalesce(sum(n) FILTER (WHERE what = 'association'), 0) AS associations,
         coalesce(sum(n) FILTER (WHERE what = 'meeting-place'), 0) AS meeting_places,
         coalesce(sum(n) FILTER (WHERE what = 'talent'), 0) AS residents_with_talents,
         coalesce(sum(n) FILTER (WHERE what = 'domain'), 0) AS skill_domains
  FROM kompas_counts GROUP BY area_type, area_code
),
-- Every buurt, every wijk (also one without buurten on the map, such as Biezenmortel: it counts, as zero) and each
-- municipality with wijken.
all_areas AS (
  SELECT 'buurt' AS area_type, b.code AS area_code FROM buurten b JOIN wijken w ON w.code = b.wijk_code
  UNION ALL
  SELECT 'wijk', w.code FROM wijken w
  UNION ALL
  SELECT DISTINCT 'municipality', w.municipality_code FROM wijken w
),
-- Each municipality's latest year of key figures: its buurten, wijken and itself are counted per inhabitant of that
-- year (a buurt only where the file gave buurt figures).
latest AS (
  SELECT w.municipality_code, max(f.year) AS year
  FROM wijk_key_figures f JOIN wijken w ON w.code = f.wijk_code
  GROUP BY w.municipality_code
),
inhabitants AS (
  SELECT CASE WHEN f.wijk_code IS NOT NULL THEN 'wijk' ELSE 'buurt' END AS area_type, f.area_code, f.inhabitants
  FROM key_figures f
  LEFT JOIN wijken w ON w.code = f.wijk_code
  LEFT JOIN buurten b ON b.code = f.buurt_code
  JOIN latest l ON l.municipality_code = coalesce(w.municipality_code, b.municipality_code) AND l.year = f.year
  UNION ALL
  -- The municipality's inhabitants only when every wijk has a figure.
  SELECT 'municipality', w.municipality_code, sum(f.inhabitants)::integer
  FROM wijken w JOIN latest l ON l.municipality_code = w.municipality_code
  LEFT JOIN wijk_key_figures f ON f.wijk_code = w.code AND f.year = l.year
  GROUP BY w.municipality_code
  HAVING bool_and(f.inhabitants IS NOT NULL)
),
areas AS (
  SELECT a.area_type, a.area_code, i.inhabitants, (SELECT count(*) FROM tag_domains) AS all_domains,
         coalesce(k.associations, 0) AS associations, coalesce(k.meeting_places, 0) AS meeting_places,
         coalesce(k.residents_with_talents, 0) AS residents_with_talents, coalesce(k.skill_domains, 0) AS skill_domains,
         coalesce(l.connectors, 0) AS connectors, coalesce(l.introductions, 0) AS introductions, coalesce(l.accepted, 0) AS accepted
  FROM all_areas a
  LEFT JOIN kept_counts k ON k.area_type = a.area_type AND k.area_code = a.area_code
  LEFT JOIN live_counts l ON l.area_type = a.area_type AND l.area_code = a.area_code
  LEFT JOIN inhabitants i ON i.area_type = a.area_type AND i.area_code = a.area_code
)
-- Each value with the number of things it rests on (count; the introductions for the share accepted; none for the
-- coverage of the taxonomy's domains, a share of a fixed list): the API shows a small count as that count.
SELECT a.area_type, a.area_code, v.indicator_key, extract(year FROM now())::integer AS year, v.value, NULL::text AS source,
       v.count
FROM areas a
CROSS JOIN LATERAL (VALUES
  ('associations-per-1000', round(1000.0 * a.associations / nullif(a.inhabitants, 0), 2), a.associations::integer),
  ('meeting-places-per-1000', round(1000.0 * a.meeting_places / nullif(a.inhabitants, 0), 2), a.meeting_places::integer),
  ('residents-with-talents', round(100.0 * a.residents_with_talents / nullif(a.inhabitants, 0), 2), a.residents_with_talents::integer),
  ('skill-domain-coverage', round(100.0 * a.skill_domains / nullif(a.all_domains, 0), 1), NULL::integer),
  ('connectors-per-10000', round(10000.0 * a.connectors / nullif(a.inhabitants, 0), 2), a.connectors::integer),
  ('introductions-per-1000', round(1000.0 * a.introductions / nullif(a.inhabitants, 0), 2), a.introductions::integer),
  ('introductions-accepted', round(100.0 * a.accepted / nullif(a.introductions, 0), 1), a.introductions::integer)
) AS v (indicator_key, value, count)
WHERE v.value IS NOT NULL;

-- Down Migration


-- The asset kompas view costs more to plan than to run (on PostgreSQL ~15 ms of planning against ~4 ms of reading the
-- kept counts). A PL/pgSQL function keeps the plan of a query without parameters for its session, so each pooled
-- connection plans it once; the view that the API reads stays as it was, now through that function.
CREATE OR REPLACE FUNCTION asset_indicator_values_planned() RETURNS SETOF asset_indicator_values_counted LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY SELECT * FROM asset_indicator_values_counted;
END
$$;
CREATE OR REPLACE VIEW asset_indicator_values AS SELECT * FROM asset_indicator_values_planned();
