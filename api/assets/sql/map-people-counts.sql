-- The people layer when the map has no tag, offer/wish or text filter: the same answer as map-people.sql, without
-- names, from map_people_cells (people per audience, buurt and cell; a few thousand rows for a whole city, kept
-- current by triggers). Bbox $1..$4, $5 buurten (an area), $6 viewer (NULL: anonymous), $7 = k, $8 = the age in days
-- from which a confirmed account counts (uncounted_residents).
-- Privacy: as map-people.sql. A cell is shown only with k or more people in it; the rest count towards their buurt,
-- shown only from k on.
-- A cell's outline is left out (NULL): it never changes, and the server keeps the outlines (cell-outlines.ts).
WITH envelope AS (
  SELECT ST_MakeEnvelope($1, $2, $3, $4, 4326) AS geom
),
view_cells AS MATERIALIZED (
  SELECT * FROM people_cells_in_view($1, $2, $3, $4)
),
buurten_in_view AS (
  SELECT b.code FROM buurten b, envelope e WHERE b.geom && e.geom
),
-- Those who do not count toward k, to take off the counts made in advance (few: new or unconfirmed accounts).
uncounted AS (
  SELECT m.audience, m.buurt_code, m.cell_x, m.cell_y, count(*)::int AS people
  FROM map_people m
  WHERE m.user_id IN (SELECT uncounted_residents($8))
  GROUP BY 1, 2, 3, 4
),
counts AS (
  SELECT c.buurt_code, c.cell_x, c.cell_y, c.people - coalesce(u.people, 0) AS people,
         c.buurt_code IN (SELECT code FROM buurten_in_view) AS buurt_in_view
  FROM map_people_cells c
  LEFT JOIN uncounted u ON u.audience = c.audience AND u.buurt_code = c.buurt_code
                       AND u.cell_x IS NOT DISTINCT FROM c.cell_x AND u.cell_y IS NOT DISTINCT FROM c.cell_y
  WHERE ($5::text[] IS NULL OR c.buurt_code = ANY ($5))
    AND c.people > coalesce(u.people, 0)
    -- The first line is the same rule in a form the index can use (the CASE below picks per buurt).
    AND c.audience = ANY (CASE WHEN $6::uuid IS NULL THEN ARRAY['public'] ELSE ARRAY['registered', 'connectors'] END)
    AND c.audience = CASE WHEN $6::uuid IS NULL THEN 'public'
                          WHEN c.buurt_code IN (SELECT connector_buurt_codes($6)) THEN 'connectors'
                          ELSE 'registered' END
),
full_cells AS (
  SELECT cell_x, cell_y, sum(people)::int AS people, bool_or(buurt_in_view) AS has_buurt_in_view
  FROM counts WHERE cell_x IS NOT NULL
  GROUP BY cell_x, cell_y
  HAVING sum(people) >= $7
)
SELECT 'cell' AS level, c.cell_x || ':' || c.cell_y AS key, c.people, NULL::text AS buurt_code, NULL::text AS buurt_name,
       NULL::text AS geometry, NULL::json AS members
FROM full_cells c
CROSS JOIN view_cells v
WHERE c.has_buurt_in_view OR (c.cell_x BETWEEN v.min_x AND v.max_x AND c.cell_y BETWEEN v.min_y AND v.max_y)
UNION ALL
SELECT 'buurt', b.code, CASE WHEN r.people >= $7 THEN r.people END, b.code, b.name, b.label_geojson, NULL::json
FROM (SELECT n.buurt_code, sum(n.people)::int AS people
      FROM counts n
      WHERE n.buurt_in_view AND NOT EXISTS (SELECT 1 FROM full_cells c WHERE c.cell_x = n.cell_x AND c.cell_y = n.cell_y)
      GROUP BY n.buurt_code) r
JOIN buurten b ON b.code = r.buurt_code;
