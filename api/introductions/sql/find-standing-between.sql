-- An introduction between two parties that stands in the way of a new one: still open (asked, accepted or met), or
-- declined less than $5 days ago (a no is not asked again at once). The open one first. The caller asks both ways round.
-- $1/$2 = first party (user, organisation), $3/$4 = second.
SELECT i.status, i.answered_at + make_interval(days => $5) AS askable_from
FROM introductions i
JOIN introduction_parties p1 ON p1.introduction_id = i.id
JOIN introduction_parties p2 ON p2.introduction_id = i.id AND p2.position <> p1.position
WHERE (i.status <> 'declined' OR i.answered_at > now() - make_interval(days => $5))
  AND p1.user_id IS NOT DISTINCT FROM $1 AND p1.organisation_id IS NOT DISTINCT FROM $2
  AND p2.user_id IS NOT DISTINCT FROM $3 AND p2.organisation_id IS NOT DISTINCT FROM $4
ORDER BY i.status = 'declined', i.answered_at DESC
LIMIT 1;
