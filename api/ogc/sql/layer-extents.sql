-- The bbox of each public layer that has features: minLng, minLat, maxLng, maxLat.
WITH f AS (
  -- :public-features
)
SELECT e.layer, ST_XMin(e.box) AS min_lng, ST_YMin(e.box) AS min_lat, ST_XMax(e.box) AS max_lng, ST_YMax(e.box) AS max_lat
FROM (SELECT f.layer, ST_Extent(f.geom) AS box FROM f GROUP BY f.layer) e;
