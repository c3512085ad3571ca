-- Polygons that no repair could save (nothing of an area left), those repaired, and buurten whose wijk is neither in
-- the file nor loaded; by feature.
SELECT s.feature, s.code, s.level, s.geom IS NULL OR ST_IsEmpty(s.geom) AS empty, NOT s.was_valid AS repaired,
       s.level = 'buurt'
         AND NOT EXISTS (SELECT 1 FROM area_import w WHERE w.level = 'wijk' AND w.code = s.wijk_code)
         AND NOT EXISTS (SELECT 1 FROM wijken w WHERE w.code = s.wijk_code) AS without_wijk,
       s.wijk_code
FROM area_import s
ORDER BY s.feature;
