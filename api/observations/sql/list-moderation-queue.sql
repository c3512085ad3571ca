-- What account $1 may moderate and needs attention, newest report first: $2 = 'reported' (open reports), 'hidden'
-- (hidden now) or 'all' (either). Administrators see every buurt; connectors the buurten they cover, directly or
-- through their wijk. Never who wrote an observation or who reported it.
--
-- A report is OPEN when it was made after the observation's last moderation action: a hide or a show decision settles
-- every report made before it, so a new report after "show again" opens the case once more.
WITH moderator AS (
  SELECT u.is_admin FROM users u WHERE u.id = $1
),
-- Observations with a report or hidden: the only ones that can need attention (both lookups use an index).
candidates AS (
  SELECT r.observation_id AS id FROM observation_reports r
  UNION
  SELECT o.id FROM observations o WHERE o.hidden_at IS NOT NULL
),
in_scope AS (
  -- Not the photo itself: only whether there is one.
  SELECT o.id, o.kind, o.body, o.buurt_code, o.created_at, o.hidden_at, o.photo IS NOT NULL AS has_photo
  FROM observations o JOIN candidates c ON c.id = o.id
  WHERE (SELECT is_admin FROM moderator) OR o.buurt_code IN (SELECT connector_buurt_codes($1))
),
-- Per observation: its last moderation action, and its reports measured against it.
judged AS (
  SELECT o.id, o.kind, o.body, o.buurt_code, b.name AS buurt_name, o.created_at, o.hidden_at IS NOT NULL AS hidden,
         o.has_photo, last.action AS last_action, last.reason AS last_reason, last.at AS last_at,
         actor.display_name AS last_actor, reports.items AS reports, reports.open_count, reports.newest_open
  FROM in_scope o
  JOIN buurten b ON b.code = o.buurt_code
  LEFT JOIN LATERAL (
    SELECT m.action, m.reason, m.at, m.actor_id FROM moderation_log m
    WHERE m.observation_id = o.id ORDER BY m.at DESC, m.id DESC LIMIT 1
  ) last ON true
  LEFT JOIN users actor ON actor.id = last.actor_id
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE r.created_at > last.at OR last.at IS NULL)::int AS open_count,
           max(r.created_at) FILTER (WHERE r.created_at > last.at OR last.at IS NULL) AS newest_open,
           coalesce(json_agg(json_build_object('reason', r.reason, 'note', r.note, 'at', r.created_at,
                                               'open', r.created_at > last.at OR last.at IS NULL)
                             ORDER BY r.created_at DESC, r.id DESC), '[]'::json) AS items
    FROM observation_reports r WHERE r.observation_id = o.id
  ) reports
)
SELECT * FROM judged
WHERE CASE $2::text WHEN 'reported' THEN open_count > 0
                    WHEN 'hidden' THEN hidden
                    ELSE open_count > 0 OR hidden END
ORDER BY newest_open DESC NULLS LAST, last_at DESC NULLS LAST, created_at DESC, id
LIMIT 200;
