-- Everything placed by location gets its buurt (and wijk) again from the imported buurten, in one statement per
-- table: residents' homes (their own items follow their home), organisations (their items without a place follow
-- them), items with a place of their own, and observations. Only rows whose buurt changes are written; the counts say
-- how many moved. A point in none of the file's buurten keeps its buurt. The polygons are those the import left in
-- buurten (with --keep-loaded, a loaded buurt keeps its own).
WITH target AS (
  SELECT b.code, b.wijk_code, b.geom FROM buurten b JOIN area_import s ON s.level = 'buurt' AND s.code = b.code
),
homes AS (
  UPDATE users u SET home_buurt_code = t.code, updated_at = now()
  FROM users v CROSS JOIN LATERAL (
    SELECT code FROM target WHERE ST_Intersects(target.geom, v.home_location::geometry) ORDER BY code LIMIT 1
  ) t
  WHERE u.id = v.id AND v.home_location IS NOT NULL AND v.home_buurt_code IS DISTINCT FROM t.code
  RETURNING u.id, u.home_buurt_code
),
resident_items AS (
  UPDATE assets a SET buurt_code = h.home_buurt_code, wijk_code = t.wijk_code
  FROM homes h JOIN target t ON t.code = h.home_buurt_code
  WHERE a.owner_user_id = h.id AND a.geom IS NULL
  RETURNING a.id
),
organisations_moved AS (
  UPDATE organisations o SET buurt_code = t.code, wijk_code = t.wijk_code
  FROM organisations p CROSS JOIN LATERAL (
    SELECT code, wijk_code FROM target WHERE ST_Intersects(target.geom, p.location) ORDER BY code LIMIT 1
  ) t
  WHERE o.id = p.id AND p.location IS NOT NULL AND p.buurt_code IS DISTINCT FROM t.code
  RETURNING o.id, o.buurt_code, o.wijk_code
),
organisation_items AS (
  UPDATE assets a SET buurt_code = m.buurt_code, wijk_code = m.wijk_code
  FROM organisations_moved m
  WHERE a.owner_organisation_id = m.id AND a.geom IS NULL
  RETURNING a.id
),
placed_items AS (
  UPDATE assets a SET buurt_code = t.code, wijk_code = t.wijk_code
  FROM assets p CROSS JOIN LATERAL (
    SELECT code, wijk_code FROM target WHERE ST_Intersects(target.geom, ST_PointOnSurface(p.geom)) ORDER BY code LIMIT 1
  ) t
  WHERE a.id = p.id AND p.geom IS NOT NULL AND p.buurt_code IS DISTINCT FROM t.code
  RETURNING a.id
),
observations_moved AS (
  UPDATE observations o SET buurt_code = t.code
  FROM observations p CROSS JOIN LATERAL (
    SELECT code FROM target WHERE ST_Intersects(target.geom, p.location) ORDER BY code LIMIT 1
  ) t
  WHERE o.id = p.id AND p.buurt_code IS DISTINCT FROM t.code
  RETURNING o.id
)
SELECT (SELECT count(*) FROM homes)::integer AS homes,
       (SELECT count(*) FROM organisations_moved)::integer AS organisations,
       ((SELECT count(*) FROM resident_items) + (SELECT count(*) FROM organisation_items)
         + (SELECT count(*) FROM placed_items))::integer AS assets,
       (SELECT count(*) FROM observations_moved)::integer AS observations;
