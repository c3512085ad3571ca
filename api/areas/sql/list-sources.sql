-- The sources of the loaded boundaries and key figures, with how many buurten, wijken and wijk figures each gave: the
-- map's attribution and its "about the data" list. Those of the most boundaries first.
SELECT s.key, s.title, s.publisher, s.year, s.licence, s.attribution, s.url, u.buurten, u.wijken, u.key_figures
FROM data_sources s
CROSS JOIN LATERAL (
  SELECT (SELECT count(*) FROM buurten b WHERE b.geometry_source = s.key)::integer AS buurten,
         (SELECT count(*) FROM wijken w WHERE w.geometry_source = s.key)::integer AS wijken,
         (SELECT count(*) FROM wijk_key_figures f WHERE f.source = s.key)::integer AS key_figures
) u
WHERE u.buurten + u.wijken + u.key_figures > 0
ORDER BY u.buurten DESC, u.wijken DESC, u.key_figures DESC, s.key;
