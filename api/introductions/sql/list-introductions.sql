-- The introductions viewer $1 is part of (for themselves or an organisation they belong to) or asked for as a
-- connector, newest first. A request from someone the viewer blocked is not shown. $2: one introduction only (or NULL).
WITH mine AS (
  SELECT i.*,
         (SELECT min(p.position) FROM introduction_parties p
          WHERE p.introduction_id = i.id
            AND (p.user_id = $1 OR p.organisation_id IN (SELECT organisation_id FROM organisation_members WHERE user_id = $1))) AS my_position
  FROM introductions i
  WHERE ($2::uuid IS NULL OR i.id = $2)
    AND (i.requested_by = $1
         OR i.id IN (SELECT p.introduction_id FROM introduction_parties p WHERE p.user_id = $1)
         OR i.id IN (SELECT p.introduction_id FROM introduction_parties p
                     JOIN organisation_members m ON m.organisation_id = p.organisation_id WHERE m.user_id = $1))
)
SELECT i.id, i.status, i.note, i.by_connector, i.suggestion_key, i.buurt_code, i.created_at, i.answered_at, i.met_at,
       i.my_position, i.requested_by = $1 AS asked_by_me,
       r.display_name AS requested_by_name, CASE WHEN i.requested_by <> $1 THEN i.requested_by END AS requested_by_id,
       (SELECT json_agg(json_build_object(
                 'position', p.position,
                 'kind', CASE WHEN p.user_id IS NOT NULL THEN 'resident' ELSE 'organisation' END,
                 'id', coalesce(p.user_id, p.organisation_id),
                 'name', coalesce(u.display_name, o.name),
                 'answer', p.answer) ORDER BY p.position)
        FROM introduction_parties p
        LEFT JOIN users u ON u.id = p.user_id
        LEFT JOIN organisations o ON o.id = p.organisation_id
        WHERE p.introduction_id = i.id) AS parties,
       (SELECT count(*)::integer FROM introduction_messages msg WHERE msg.introduction_id = i.id) AS message_count,
       (SELECT count(*)::integer FROM notifications n WHERE n.introduction_id = i.id AND n.user_id = $1 AND n.read_at IS NULL) AS unread
FROM mine i
LEFT JOIN users r ON r.id = i.requested_by
WHERE NOT (i.status = 'asked' AND i.requested_by IN (SELECT blocked_id FROM user_blocks WHERE blocker_id = $1))
ORDER BY i.created_at DESC
LIMIT 200;
