-- Reports, open ones first, newest first; who reported and who was reported by display name and e-mail (for
-- administrators only).
SELECT r.id, r.reason, r.note, r.quoted, r.created_at, r.handled_at, r.introduction_id, r.message_id,
       ru.display_name AS reporter_name, ru.email AS reporter_email,
       tu.id AS reported_id, tu.display_name AS reported_name, tu.email AS reported_email,
       (SELECT count(*)::integer FROM reports o WHERE o.reported_user_id = r.reported_user_id) AS reports_about_reported
FROM reports r
LEFT JOIN users ru ON ru.id = r.reporter_id
LEFT JOIN users tu ON tu.id = r.reported_user_id
ORDER BY r.handled_at IS NOT NULL, r.created_at DESC
LIMIT 200;
