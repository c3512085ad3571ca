-- The residents the kompas counts (those with a talent they share publicly: kompas_asset_facts), kept per area: every
-- buurt and wijk of municipality $1 with the area above it, and the municipality; and whether the kompas has a value
-- (indicator $2) for the area at all: not without its number of inhabitants. What of them may be shown follows the small-count rule
-- (api/shared/disclosure.ts).
WITH areas AS (
  SELECT 'buurt' AS area_type, code AS area_code, wijk_code AS parent_code FROM buurten WHERE municipality_code = $1
  UNION ALL
  SELECT 'wijk', code, municipality_code FROM wijken WHERE municipality_code = $1
  UNION ALL
  SELECT 'municipality', $1, NULL
),
valued AS (
  SELECT area_type, area_code FROM asset_indicator_values WHERE indicator_key = $2
)
SELECT a.area_type, a.area_code, a.parent_code, coalesce(c.n, 0)::integer AS n,
       EXISTS (SELECT 1 FROM valued v WHERE v.area_type = a.area_type AND v.area_code = a.area_code) AS valued
FROM areas a
LEFT JOIN kompas_counts c ON c.area_type = a.area_type AND c.area_code = a.area_code AND c.what = 'talent';
