-- The public layers and what each may show (see public-layers.ts for their names and columns): what an anonymous
-- visitor sees on the map today, no more. Rows: layer, id (text, the paging order), geom (4326), properties.
-- Assets pass the database's one visibility rule as an anonymous viewer (asset_visible_to(..., NULL)): a resident's
-- items never do (residents appear only as counts per cell, from the map's own people layer), and neither do
-- their homes. Only current buurten and wijken. Each branch keeps its geometry column bare, so `geom && envelope`
-- pushed down by the planner uses that column's GiST index.
  -- Organisations, at their own public location.
  SELECT 'organisations'::text AS layer, o.id::text AS id, o.location AS geom,
         json_build_object('name', o.name, 'kind', o.kind, 'description', o.description, 'website', o.website,
                           'tags', o.tags, 'buurtCode', o.buurt_code, 'wijkCode', o.wijk_code,
                           'lastConfirmedAt', o.last_confirmed_at) AS properties
  FROM organisations o
  WHERE o.location IS NOT NULL
  UNION ALL
  -- Places, things, stories, offers and wishes: at their own geometry, or (an organisation's offers, wishes and things
  -- to lend without a place of their own) at their organisation's, as on the map. The two ways are two branches, each
  -- with its bare geometry column, so a bbox pushed down into them uses assets.geom's or organisations.location's index.
  SELECT CASE a.type WHEN 'place' THEN 'places' WHEN 'thing' THEN 'things' WHEN 'story' THEN 'stories'
                     WHEN 'organisation-item' THEN CASE a.direction WHEN 'wish' THEN 'wishes' ELSE 'offers' END END,
         a.id::text, placed.geom,
         json_build_object('title', a.title, 'kind', a.kind, 'direction', a.direction, 'description', a.description,
                           'tags', a.tags, 'buurtCode', a.buurt_code, 'wijkCode', a.wijk_code,
                           'organisationId', o.id, 'organisationName', o.name, 'lastConfirmedAt', a.last_confirmed_at)
  FROM (SELECT a.id, a.geom FROM assets a WHERE a.geom IS NOT NULL
        UNION ALL
        SELECT a.id, o.location FROM organisations o JOIN assets a ON a.owner_organisation_id = o.id AND a.geom IS NULL
        WHERE o.location IS NOT NULL) placed
  JOIN assets a ON a.id = placed.id
  LEFT JOIN organisations o ON o.id = a.owner_organisation_id
  WHERE a.type IN ('place', 'thing', 'story', 'organisation-item')
    AND asset_visible_to(a.owner_user_id, a.visibility, a.buurt_code, a.wijk_code, NULL)
  UNION ALL
  -- Buurten, with CBS's latest key figures (NULL where CBS has none).
  SELECT 'buurten', b.code, b.geom,
         json_build_object('name', b.name, 'wijkCode', b.wijk_code, 'municipalityCode', b.municipality_code,
                           'areaM2', round(b.area_m2), 'year', f.year, 'inhabitants', f.inhabitants,
                           'households', f.households, 'densityPerKm2', f.density_per_km2,
                           'age65PlusPct', f.age_65_plus_pct)
  FROM buurten b
  LEFT JOIN LATERAL (SELECT * FROM key_figures k WHERE k.buurt_code = b.code ORDER BY k.year DESC LIMIT 1) f ON true
  WHERE b.retired_at IS NULL
  UNION ALL
  -- Wijken, likewise.
  SELECT 'wijken', w.code, w.geom,
         json_build_object('name', w.name, 'municipalityCode', w.municipality_code,
                           'buurtCount', (SELECT count(*)::int FROM buurten b WHERE b.wijk_code = w.code AND b.retired_at IS NULL),
                           'areaM2', round(w.area_m2), 'year', f.year, 'inhabitants', f.inhabitants,
                           'households', f.households, 'densityPerKm2', f.density_per_km2,
                           'age65PlusPct', f.age_65_plus_pct)
  FROM wijken w
  LEFT JOIN LATERAL (SELECT * FROM wijk_key_figures k WHERE k.wijk_code = w.code ORDER BY k.year DESC LIMIT 1) f ON true
  WHERE w.retired_at IS NULL
