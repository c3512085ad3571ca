-- Residents with at least one item that matches the filters and that viewer $9 (NULL: anonymous) may count, shown
-- only in aggregate. Filters: bbox $1..$4, $5 tags (any of), $6 direction, $7 buurten (an area), $8 text pattern. $10 = k, the
-- fewest people a group may show; $11 = the most people for whom names are listed (logged-in viewers only); $12 = the
-- age in days from which a confirmed account counts (uncounted_residents): others are neither counted nor shown.
-- Reads map_people (one row per resident and audience, kept current by triggers; see db/functions/map-people.sql), not the items,
-- except for a text filter. With no tag, direction or text filter, map-people-counts.sql gives the same answer faster.
--
-- Privacy: a resident's home cell is used only inside this query. A cell is shown only when at least k residents who
-- match fall in it, counted over the whole cell whatever the view, so panning cannot single anyone out; everyone else
-- counts towards their buurt, whose count is shown only from k on.
WITH envelope AS (
  SELECT ST_MakeEnvelope($1, $2, $3, $4, 4326) AS geom
),
view_cells AS MATERIALIZED (
  SELECT * FROM people_cells_in_view($1, $2, $3, $4)
),
buurten_in_view AS (
  SELECT b.code, b.geom FROM buurten b, envelope e WHERE b.geom && e.geom
),
-- Everyone who can share a cell with the view or with a resident of a buurt in view lives within a cell's diagonal
-- (354 m) of them: 0.006° is at least 415 m here.
region AS (
  SELECT b.code
  FROM buurten b,
       (SELECT ST_Expand(ST_Extent(g.geom)::geometry, 0.006) AS geom
        FROM (SELECT geom FROM envelope UNION ALL SELECT geom FROM buurten_in_view) g) r
  WHERE b.geom && r.geom
),
people AS (
  SELECT m.user_id, m.buurt_code, m.cell_x, m.cell_y, m.offer_tags, m.wish_tags,
         m.buurt_code IN (SELECT code FROM buurten_in_view) AS buurt_in_view
  FROM map_people m
  WHERE m.buurt_code IN (SELECT code FROM region)
    AND ($7::text[] IS NULL OR m.buurt_code = ANY ($7))
    AND m.user_id NOT IN (SELECT uncounted_residents($12))
    -- The first line is the same rule in a form the index can use (the CASE below picks per buurt).
    AND m.audience = ANY (CASE WHEN $9::uuid IS NULL THEN ARRAY['public'] ELSE ARRAY['registered', 'connectors'] END)
    AND m.audience = CASE WHEN $9::uuid IS NULL THEN 'public'
                          WHEN m.buurt_code IN (SELECT connector_buurt_codes($9)) THEN 'connectors'
                          ELSE 'registered' END
    AND CASE
          WHEN $8::text IS NULL THEN
            ($6::text IS DISTINCT FROM 'wish' AND m.offers AND ($5::text[] IS NULL OR m.offer_tags && $5::text[]))
            OR ($6::text IS DISTINCT FROM 'offer' AND m.wishes AND ($5::text[] IS NULL OR m.wish_tags && $5::text[]))
          ELSE EXISTS (
            SELECT 1 FROM assets a
            WHERE a.owner_user_id = m.user_id AND a.type IN ('inventory', 'thing')
              AND a.visibility = ANY (map_audience_sees(m.audience))
              AND ($5::text[] IS NULL OR a.tags && $5::text[]) AND ($6::text IS NULL OR a.direction = $6)
              AND (a.title ILIKE $8 OR a.description ILIKE $8))
        END
),
-- How many of them share each cell, and whether any lives in a buurt in view (a window, not a join: the planner
-- cannot estimate `people` and chose a nested loop of 12,775 × 768 rows for a logged-in viewer at 1M assets).
sized AS (
  SELECT p.*,
         CASE WHEN p.cell_x IS NOT NULL THEN count(*) OVER cell ELSE 0 END AS cell_people,
         bool_or(p.buurt_in_view) OVER cell AS cell_has_buurt_in_view
  FROM people p
  WINDOW cell AS (PARTITION BY p.cell_x, p.cell_y)
),
-- Each resident of a buurt in view is shown once: in their cell when it holds k or more, otherwise in their buurt.
-- Cells of k or more that touch the view are shown too, with everyone in them.
shown AS (
  SELECT s.user_id, s.buurt_code, s.cell_x, s.cell_y, s.offer_tags, s.wish_tags, s.cell_people >= $10 AS in_cell
  FROM sized s CROSS JOIN view_cells v
  WHERE CASE WHEN s.cell_people >= $10
             THEN s.cell_has_buurt_in_view OR (s.cell_x BETWEEN v.min_x AND v.max_x AND s.cell_y BETWEEN v.min_y AND v.max_y)
             ELSE s.buurt_in_view END
),
-- Names only when they will be listed: for a logged-in viewer, when the groups in view hold at most $11 people.
listing AS (
  SELECT $9::uuid IS NOT NULL AND (SELECT count(*) FROM shown) <= $11 AS names
),
named AS (
  SELECT s.user_id, s.cell_x, s.cell_y, s.buurt_code, s.in_cell,
         CASE WHEN l.names THEN (SELECT u.display_name FROM users u WHERE u.id = s.user_id) END AS display_name,
         CASE WHEN l.names THEN ARRAY(SELECT DISTINCT tag FROM unnest(s.offer_tags || s.wish_tags) AS tag ORDER BY tag) END AS tags
  FROM shown s CROSS JOIN listing l
)
SELECT 'cell' AS level, n.cell_x || ':' || n.cell_y AS key, count(*)::int AS people, NULL::text AS buurt_code, NULL::text AS buurt_name,
       NULL::text AS geometry, -- the outline: see cell-outlines.ts
       json_agg(json_build_object('name', n.display_name, 'tags', n.tags) ORDER BY n.display_name, n.user_id)
         FILTER (WHERE n.display_name IS NOT NULL) AS members
FROM named n
WHERE n.in_cell
GROUP BY n.cell_x, n.cell_y
UNION ALL
SELECT 'buurt', b.code, CASE WHEN count(*) >= $10 THEN count(*)::int END, b.code, b.name,
       min(b.label_geojson),
       json_agg(json_build_object('name', n.display_name, 'tags', n.tags) ORDER BY n.display_name, n.user_id)
         FILTER (WHERE n.display_name IS NOT NULL)
FROM named n
JOIN buurten b ON b.code = n.buurt_code
WHERE NOT n.in_cell
GROUP BY b.code, b.name;
