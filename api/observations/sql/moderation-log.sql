-- The audit trail of observation $1 (and how often it was reported), oldest first.
SELECT m.action, m.reason, m.at, u.display_name AS actor
FROM moderation_log m LEFT JOIN users u ON u.id = m.actor_id
WHERE m.observation_id = $1
ORDER BY m.at, m.id;
