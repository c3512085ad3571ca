-- An introduction as viewer $2 may see it, locked for an answer: NULL when the viewer is neither one of its parties'
-- people nor the connector who asked. `my_position`: the party the viewer answers for (NULL: the connector).
SELECT i.id, i.status, i.requested_by, i.note,
       (SELECT p.position FROM introduction_parties p
        WHERE p.introduction_id = i.id
          AND (p.user_id = $2 OR p.organisation_id IN (SELECT organisation_id FROM organisation_members WHERE user_id = $2))
        ORDER BY p.position LIMIT 1) AS my_position
FROM introductions i
WHERE i.id = $1
FOR UPDATE;
