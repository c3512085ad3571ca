-- Before an owner's account goes: each organisation it owns alone passes to its longest-standing other member.
WITH sole_owned AS (
  SELECT m.organisation_id
  FROM organisation_members m
  WHERE m.user_id = $1 AND m.role = 'owner'
    AND NOT EXISTS (SELECT 1 FROM organisation_members o
                    WHERE o.organisation_id = m.organisation_id AND o.role = 'owner' AND o.user_id <> $1)
),
heir AS (
  SELECT DISTINCT ON (m.organisation_id) m.organisation_id, m.user_id
  FROM organisation_members m JOIN sole_owned s ON s.organisation_id = m.organisation_id
  WHERE m.user_id <> $1
  ORDER BY m.organisation_id, m.joined_at, m.user_id
)
UPDATE organisation_members m SET role = 'owner'
FROM heir
WHERE m.organisation_id = heir.organisation_id AND m.user_id = heir.user_id;
