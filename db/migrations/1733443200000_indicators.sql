-- Up Migration

-- The neighbourhood profile's indicators as data (issue 6): what each measures, how it is judged, where it comes from.
-- Definitions are reference data (seed/indicators.ts); values come from views over their sources, so a figure is
-- never copied out of date. Scoring: api/profile/kompas.ts.
CREATE TABLE indicators (
  key             text PRIMARY KEY CHECK (key ~ '^[a-z0-9-]{2,60}$'),
  family          text NOT NULL CHECK (family IN ('figures', 'assets', 'judgement')),
  quarter         text NOT NULL CHECK (quarter IN ('composition', 'physical', 'social', 'quality-of-life')),
  theme           text NOT NULL CHECK (theme ~ '^[a-z-]{2,40}$'),
  label_nl        text NOT NULL,
  label_en        text NOT NULL,
  explanation_nl  text NOT NULL,
  explanation_en  text NOT NULL,
  unit            text NOT NULL,
  direction       text NOT NULL CHECK (direction IN ('higher-better', 'lower-better', 'descriptive')),
  source          text REFERENCES data_sources (key),
  sort            integer NOT NULL
);
CREATE INDEX indicators_source_idx ON indicators (source);

-- The CBS key figures per wijk as indicator values, and the municipality's own figure derived from all its wijken (a
-- weighted mean: by inhabitants, households, or land area) only when every wijk has one: a figure the source lacks stays missing (no row), never
-- estimated.
CREATE VIEW cbs_indicator_values AS
WITH per_wijk AS (
  SELECT f.wijk_code, f.year, f.source, v.key, v.value, v.weight
  FROM wijk_key_figures f
  CROSS JOIN LATERAL (VALUES
    ('age-0-15', f.age_0_15_pct, f.inhabitants::numeric),
    ('age-15-25', f.age_15_25_pct, f.inhabitants::numeric),
    ('age-25-45', f.age_25_45_pct, f.inhabitants::numeric),
    ('age-45-65', f.age_45_65_pct, f.inhabitants::numeric),
    ('age-65-plus', f.age_65_plus_pct, f.inhabitants::numeric),
    ('household-size', f.avg_household_size, f.households::numeric),
    ('density', f.density_per_km2::numeric, NULL::numeric),
    ('cars-per-household', round(f.passenger_cars::numeric / nullif(f.households, 0), 2), f.households::numeric)
  ) AS v (key, value, weight)
)
SELECT 'wijk' AS area_type, p.wijk_code AS area_code, p.key AS indicator_key, p.year, p.value, p.source
FROM per_wijk p
WHERE p.value IS NOT NULL
UNION ALL
SELECT 'municipality', w.municipality_code, p.key, p.year,
       -- Density: inhabitants over the land area CBS counted (each wijk's inhabitants / its density), as CBS does.
       CASE WHEN p.key = 'density'
            THEN round(sum(f.inhabitants) / nullif(sum(f.inhabitants / nullif(p.value, 0)), 0))
            ELSE round(sum(p.value * p.weight) / nullif(sum(p.weight), 0), 2) END,
       min(p.source)
FROM per_wijk p
JOIN wijken w ON w.code = p.wijk_code
JOIN wijk_key_figures f ON f.wijk_code = p.wijk_code AND f.year = p.year
GROUP BY w.municipality_code, p.key, p.year
HAVING bool_and(p.value IS NOT NULL AND (p.key = 'density' OR p.weight IS NOT NULL))
   AND (p.key <> 'density' OR bool_and(f.inhabitants IS NOT NULL));

-- Down Migration

DROP VIEW cbs_indicator_values;
DROP TABLE indicators;
