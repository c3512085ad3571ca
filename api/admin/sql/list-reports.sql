-- Reports, open ones first, newest first; who reported and who was reported by display name and e-mail (for
-- administrators only).
SELECT r.id, r.reason, r.note, r.quoted, r.created_at AS "createdAt", r.handled_at AS "handledAt",
       r.introduction_id AS "introductionId", r.message_id AS "messageId",
       CASE WHEN ru.id IS NOT NULL THEN json_build_object('name', ru.display_name, 'email', ru.email) END AS reporter,
       CASE WHEN tu.id IS NOT NULL
            THEN json_build_object('id', tu.id, 'name', tu.display_name, 'email', tu.email) END AS reported,
       (SELECT count(*)::integer FROM reports o WHERE o.reported_user_id = r.reported_user_id) AS "reportsAboutReported"
FROM reports r
LEFT JOIN users ru ON ru.id = r.reporter_id
LEFT JOIN users tu ON tu.id = r.reported_user_id
ORDER BY r.handled_at IS NOT NULL, r.created_at DESC
LIMIT 200;
