-- The outlines of the people layer's cells $1 (x) and $2 (y), as the map sends them (see cell-outlines.ts).
SELECT g.cell_x || ':' || g.cell_y AS key, g.geojson
FROM unnest($1::int[], $2::int[]) AS wanted (x, y)
JOIN people_grid_cells g ON g.cell_x = wanted.x AND g.cell_y = wanted.y;
