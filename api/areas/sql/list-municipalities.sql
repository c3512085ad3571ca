-- Every loaded municipality with current wijken: its extent (of its buurten, or of its wijken where it has no buurten)
-- and how many wijken and buurten it has, the largest (most buurten) first: the one the map opens on. Retired areas
-- are history: neither counted nor in the extent.
SELECT m.code, m.name,
       json_build_array(round(ST_XMin(e.box)::numeric, 5), round(ST_YMin(e.box)::numeric, 5),
                        round(ST_XMax(e.box)::numeric, 5), round(ST_YMax(e.box)::numeric, 5)) AS extent,
       (SELECT count(*) FROM wijken w WHERE w.municipality_code = m.code AND w.retired_at IS NULL)::integer AS wijken,
       (SELECT count(*) FROM buurten b WHERE b.municipality_code = m.code AND b.retired_at IS NULL)::integer AS buurten
FROM municipalities m
CROSS JOIN LATERAL (
  SELECT coalesce((SELECT ST_Extent(b.geom)::geometry FROM buurten b
                   WHERE b.municipality_code = m.code AND b.retired_at IS NULL),
                  (SELECT ST_Extent(w.geom)::geometry FROM wijken w
                   WHERE w.municipality_code = m.code AND w.retired_at IS NULL)) AS box
) e
WHERE e.box IS NOT NULL
ORDER BY buurten DESC, m.code;
