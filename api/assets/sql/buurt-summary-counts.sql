-- What a buurt ($1) has, counted by type. Residents are counted only from k ($2) on: below that, NULL ("fewer than k").
SELECT
  (SELECT count(*)::int FROM organisations o WHERE o.buurt_code = $1) AS organisations,
  (SELECT count(*)::int FROM assets a WHERE a.buurt_code = $1 AND a.type = 'place') AS places,
  (SELECT count(*)::int FROM assets a WHERE a.buurt_code = $1 AND a.type = 'story') AS stories,
  (SELECT count(*)::int FROM assets a WHERE a.buurt_code = $1 AND a.type = 'organisation-item') AS organisation_items,
  (SELECT count(*)::int FROM assets a WHERE a.buurt_code = $1 AND a.type = 'thing' AND a.owner_organisation_id IS NOT NULL) AS things,
  (SELECT CASE WHEN count(DISTINCT a.owner_user_id) >= $2 THEN count(DISTINCT a.owner_user_id)::int END
   FROM assets a JOIN users u ON u.id = a.owner_user_id
   WHERE u.home_buurt_code = $1 AND a.visibility = 'public' AND a.type IN ('inventory', 'thing')) AS residents;
