-- Every loaded municipality with its current and retired wijken and buurten, the years of its wijken's key figures
-- and the sources of its polygons and figures (newest first); by name.
SELECT m.code, m.name,
       (SELECT count(*) FROM wijken w WHERE w.municipality_code = m.code AND w.retired_at IS NULL)::integer AS wijken,
       (SELECT count(*) FROM wijken w WHERE w.municipality_code = m.code AND w.retired_at IS NOT NULL)::integer
         AS retired_wijken,
       (SELECT count(*) FROM buurten b WHERE b.municipality_code = m.code AND b.retired_at IS NULL)::integer AS buurten,
       (SELECT count(*) FROM buurten b WHERE b.municipality_code = m.code AND b.retired_at IS NOT NULL)::integer
         AS retired_buurten,
       coalesce((SELECT json_agg(DISTINCT f.year ORDER BY f.year)
                 FROM wijk_key_figures f JOIN wijken w ON w.code = f.wijk_code
                 WHERE w.municipality_code = m.code), '[]') AS figure_years,
       coalesce((SELECT json_agg(json_build_object('key', s.key, 'title', s.title, 'publisher', s.publisher,
                                                   'year', s.year) ORDER BY s.year DESC, s.key)
                 FROM data_sources s
                 WHERE s.key IN (SELECT w.geometry_source FROM wijken w WHERE w.municipality_code = m.code
                                 UNION SELECT b.geometry_source FROM buurten b WHERE b.municipality_code = m.code
                                 UNION SELECT f.source FROM wijk_key_figures f JOIN wijken w ON w.code = f.wijk_code
                                       WHERE w.municipality_code = m.code)), '[]') AS sources
FROM municipalities m
ORDER BY m.name, m.code;
