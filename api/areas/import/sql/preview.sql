-- What the import would do, per level (wijk, buurt): the areas in the file, their extent, and against what is loaded the new,
-- renamed and reshaped ones, the current areas of the file's municipalities at that level that the file lacks (they
-- are retired: kept, as history) and the retired ones the file has again (they are current again).
WITH staged AS (
  SELECT s.level, s.code, s.name, s.geom, s.municipality_code,
         coalesce(b.name, w.name) AS loaded_name,
         coalesce(b.geom, w.geom) AS loaded_geom,
         coalesce(b.code, w.code) IS NOT NULL AS loaded,
         coalesce(b.retired_at, w.retired_at) IS NOT NULL AS retired
  FROM area_import s
  LEFT JOIN buurten b ON s.level = 'buurt' AND b.code = s.code
  LEFT JOIN wijken w ON s.level = 'wijk' AND w.code = s.code
),
-- Each municipality at each level the file has areas of.
file_levels AS (SELECT DISTINCT municipality_code, level FROM area_import),
levels AS (SELECT DISTINCT level FROM area_import),
missing AS (
  SELECT 'buurt' AS level, b.code, b.name FROM buurten b
  WHERE b.retired_at IS NULL
    AND EXISTS (SELECT 1 FROM file_levels f WHERE f.level = 'buurt' AND f.municipality_code = b.municipality_code)
    AND NOT EXISTS (SELECT 1 FROM area_import s WHERE s.level = 'buurt' AND s.code = b.code)
  UNION ALL
  SELECT 'wijk', w.code, w.name FROM wijken w
  WHERE w.retired_at IS NULL
    AND EXISTS (SELECT 1 FROM file_levels f WHERE f.level = 'wijk' AND f.municipality_code = w.municipality_code)
    AND NOT EXISTS (SELECT 1 FROM area_import s WHERE s.level = 'wijk' AND s.code = w.code)
)
SELECT l.level,
       (SELECT count(*)::integer FROM staged s WHERE s.level = l.level) AS count,
       (SELECT json_agg(json_build_object('code', s.code, 'name', s.name) ORDER BY s.code)
        FROM staged s WHERE s.level = l.level) AS areas,
       (SELECT json_build_array(round(ST_XMin(e)::numeric, 5), round(ST_YMin(e)::numeric, 5),
                                round(ST_XMax(e)::numeric, 5), round(ST_YMax(e)::numeric, 5))
        FROM (SELECT ST_Extent(s.geom)::geometry AS e FROM staged s WHERE s.level = l.level) x) AS extent,
       coalesce((SELECT json_agg(s.code ORDER BY s.code) FROM staged s WHERE s.level = l.level AND NOT s.loaded), '[]') AS new,
       coalesce((SELECT json_agg(json_build_object('code', s.code, 'from', s.loaded_name, 'to', s.name) ORDER BY s.code)
                 FROM staged s WHERE s.level = l.level AND s.loaded AND s.loaded_name <> s.name), '[]') AS renamed,
       coalesce((SELECT json_agg(s.code ORDER BY s.code) FROM staged s
                 WHERE s.level = l.level AND s.loaded AND s.loaded_geom IS NOT NULL
                   AND NOT ST_OrderingEquals(s.loaded_geom, s.geom)), '[]') AS reshaped,
       coalesce((SELECT json_agg(json_build_object('code', m.code, 'name', m.name) ORDER BY m.code)
                 FROM missing m WHERE m.level = l.level), '[]') AS missing,
       coalesce((SELECT json_agg(json_build_object('code', s.code, 'name', s.name) ORDER BY s.code)
                 FROM staged s WHERE s.level = l.level AND s.retired), '[]') AS restored
FROM (VALUES ('wijk', 1), ('buurt', 2)) AS l (level, sort)
WHERE l.level IN (SELECT level FROM levels)
ORDER BY l.sort;
