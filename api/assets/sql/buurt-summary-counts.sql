-- What a buurt ($1) has, counted by type. Residents are counted only from k ($2) on: below that, NULL ("fewer than k").
SELECT
  (SELECT count(*)::int FROM organisations o WHERE o.buurt_code = $1) AS organisations,
  (SELECT count(*)::int FROM assets a WHERE a.buurt_code = $1 AND a.type = 'place') AS places,
  (SELECT count(*)::int FROM assets a WHERE a.buurt_code = $1 AND a.type = 'story') AS stories,
  (SELECT count(*)::int FROM assets a WHERE a.buurt_code = $1 AND a.type = 'organisation-item') AS organisation_items,
  (SELECT count(*)::int FROM assets a WHERE a.buurt_code = $1 AND a.type = 'thing' AND a.owner_organisation_id IS NOT NULL) AS things,
  -- Residents with at least one public item, from their map rows (kept current by triggers; see map-people.sql).
  (SELECT CASE WHEN count(*) >= $2 THEN count(*)::int END
   FROM map_people m WHERE m.buurt_code = $1 AND m.audience = 'public') AS residents;
