-- An introduction still open (asked, accepted or met) between two parties, either way round.
-- $1/$2 = first party (user, organisation), $3/$4 = second.
SELECT i.id
FROM introductions i
JOIN introduction_parties p1 ON p1.introduction_id = i.id
JOIN introduction_parties p2 ON p2.introduction_id = i.id AND p2.position <> p1.position
WHERE i.status <> 'declined'
  AND p1.user_id IS NOT DISTINCT FROM $1 AND p1.organisation_id IS NOT DISTINCT FROM $2
  AND p2.user_id IS NOT DISTINCT FROM $3 AND p2.organisation_id IS NOT DISTINCT FROM $4
LIMIT 1;
