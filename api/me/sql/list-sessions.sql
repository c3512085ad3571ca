SELECT public_id, created_at, last_seen_at, expires_at, user_agent, id_hash = $2 AS current
FROM sessions
WHERE user_id = $1 AND expires_at > now()
ORDER BY last_seen_at DESC;
