-- Where a subject of suggestions is: the centre of a resident's home cell (never the home), an organisation's location,
-- a place (a point on it).
CREATE OR REPLACE FUNCTION suggestion_anchor(subject_kind text, subject_id uuid, OUT point geography, OUT buurt text)
RETURNS SETOF record LANGUAGE sql STABLE AS $$
  SELECT home_cell_centre(u.home_cell_x, u.home_cell_y), u.home_buurt_code FROM users u
  WHERE subject_kind = 'resident' AND u.id = subject_id AND u.home_cell_x IS NOT NULL
  UNION ALL
  SELECT o.location::geography, o.buurt_code FROM organisations o
  WHERE subject_kind = 'organisation' AND o.id = subject_id AND o.location IS NOT NULL
  UNION ALL
  SELECT ST_PointOnSurface(a.geom)::geography, a.buurt_code FROM assets a
  WHERE subject_kind = 'place' AND a.id = subject_id AND a.type = 'place'
$$;

