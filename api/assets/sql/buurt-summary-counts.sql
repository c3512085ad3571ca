-- What an area has, counted by type: one buurt, or all buurten of a wijk ($1: their codes). Residents are counted per
-- buurt only from k ($2) on, and an area's count is the sum of those: a wijk's figure is then the sum of figures its
-- buurten show, so nobody can subtract their way to a group smaller than k. NULL: no buurt reaches k. $3: the age in
-- days from which a confirmed account counts (uncounted_residents).
SELECT
  (SELECT count(*)::int FROM organisations o WHERE o.buurt_code = ANY ($1)) AS organisations,
  (SELECT count(*)::int FROM assets a WHERE a.buurt_code = ANY ($1) AND a.type = 'place') AS places,
  (SELECT count(*)::int FROM assets a WHERE a.buurt_code = ANY ($1) AND a.type = 'story') AS stories,
  (SELECT count(*)::int FROM assets a WHERE a.buurt_code = ANY ($1) AND a.type = 'organisation-item') AS organisation_items,
  (SELECT count(*)::int FROM assets a WHERE a.buurt_code = ANY ($1) AND a.type = 'thing' AND a.owner_organisation_id IS NOT NULL) AS things,
  -- Residents with at least one public item, from their map rows (kept current by triggers; see map-people.sql).
  (SELECT sum(n.people)::int
   FROM (SELECT count(*) AS people FROM map_people m
         WHERE m.buurt_code = ANY ($1) AND m.audience = 'public' AND m.user_id NOT IN (SELECT uncounted_residents($3))
         GROUP BY m.buurt_code HAVING count(*) >= $2) n) AS residents;
