-- Residents with at least one item that matches the filters and that viewer $9 (NULL: anonymous) may count, shown
-- only in aggregate. Filters: bbox $1..$4, $5 tags (any of), $6 direction, $7 buurt, $8 text pattern.
-- $10 = k, the fewest people a group may show; $11 = the cell size in metres.
-- Privacy: a resident's home point is used only inside this query, to pick their grid cell. A cell is shown only
-- when at least k residents fall in it; everyone else counts towards their buurt, whose count is shown only from k on.
WITH envelope AS (
  SELECT ST_MakeEnvelope($1, $2, $3, $4, 4326) AS geom
),
viewer_areas AS (
  SELECT ca.buurt_code, ca.wijk_code FROM connector_areas ca WHERE ca.user_id = $9
),
residents AS (
  SELECT u.id, u.display_name, u.home_buurt_code, u.home_location,
         array_remove(array_agg(DISTINCT tag.key), NULL) AS tags
  FROM assets a
  JOIN users u ON u.id = a.owner_user_id
  JOIN buurten b ON b.code = u.home_buurt_code
  LEFT JOIN LATERAL unnest(a.tags) AS tag (key) ON true
  WHERE a.owner_user_id IS NOT NULL AND a.type IN ('inventory', 'thing')
    AND ($5::text[] IS NULL OR a.tags && $5::text[]) AND ($6::text IS NULL OR a.direction = $6)
    AND ($7::text IS NULL OR u.home_buurt_code = $7) AND ($8::text IS NULL OR a.title ILIKE $8 OR a.description ILIKE $8)
    AND (a.visibility = 'public'
         OR ($9::uuid IS NOT NULL AND a.visibility = 'neighbours')
         OR (a.visibility = 'connectors'
             AND EXISTS (SELECT 1 FROM viewer_areas va WHERE va.buurt_code = b.code OR va.wijk_code = b.wijk_code)))
  GROUP BY u.id
),
-- Residents of the buurten in view (by buurt, so a count never hinges on one home being just in or out of view).
in_view AS (
  SELECT r.*
  FROM residents r
  JOIN buurten b ON b.code = r.home_buurt_code
  CROSS JOIN envelope e
  WHERE b.geom && e.geom
),
-- 250 m cells of the Dutch national grid (RD New, EPSG:28992), which nest in CBS's 500 m statistics squares.
placed AS (
  SELECT v.*, floor(ST_X(rd.p) / $11)::int AS cx, floor(ST_Y(rd.p) / $11)::int AS cy
  FROM in_view v
  LEFT JOIN LATERAL (SELECT ST_Transform(v.home_location::geometry, 28992) AS p) rd ON v.home_location IS NOT NULL
),
cell_sizes AS (
  SELECT cx, cy, count(*) AS people FROM placed WHERE cx IS NOT NULL GROUP BY cx, cy
),
grouped AS (
  SELECT p.*, (s.people IS NOT NULL AND s.people >= $10) AS in_shown_cell
  FROM placed p LEFT JOIN cell_sizes s ON s.cx = p.cx AND s.cy = p.cy
)
SELECT 'cell' AS level, g.cx || ':' || g.cy AS key, count(*)::int AS people, NULL::text AS buurt_code, NULL::text AS buurt_name,
       ST_AsGeoJSON(ST_Transform(ST_MakeEnvelope(g.cx * $11, g.cy * $11, (g.cx + 1) * $11, (g.cy + 1) * $11, 28992), 4326), 6)::json AS geometry,
       CASE WHEN $9::uuid IS NOT NULL THEN json_agg(json_build_object('name', g.display_name, 'tags', g.tags) ORDER BY g.display_name) END AS members
FROM grouped g
WHERE g.in_shown_cell
GROUP BY g.cx, g.cy
UNION ALL
SELECT 'buurt', b.code, CASE WHEN count(*) >= $10 THEN count(*)::int END, b.code, b.name,
       ST_AsGeoJSON(ST_PointOnSurface(b.geom), 6)::json,
       CASE WHEN $9::uuid IS NOT NULL THEN json_agg(json_build_object('name', g.display_name, 'tags', g.tags) ORDER BY g.display_name) END
FROM grouped g
JOIN buurten b ON b.code = g.home_buurt_code
WHERE NOT g.in_shown_cell
GROUP BY b.code;
