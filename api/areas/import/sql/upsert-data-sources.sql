-- $1: json array of {key, title, publisher, year, licence, attribution, url}
INSERT INTO data_sources (key, title, publisher, year, licence, attribution, url)
SELECT s.key, s.title, s.publisher, s.year, s.licence, s.attribution, s.url
FROM json_to_recordset($1::json)
  AS s (key text, title text, publisher text, year integer, licence text, attribution text, url text)
ON CONFLICT (key) DO UPDATE
SET title = excluded.title, publisher = excluded.publisher, year = excluded.year,
    licence = excluded.licence, attribution = excluded.attribution, url = excluded.url
-- Only rows whose content changed are rewritten, so a second seed changes nothing.
WHERE (data_sources.title, data_sources.publisher, data_sources.year, data_sources.licence,
       data_sources.attribution, data_sources.url)
  IS DISTINCT FROM (excluded.title, excluded.publisher, excluded.year, excluded.licence,
                    excluded.attribution, excluded.url)
RETURNING (xmax = 0) AS inserted;
