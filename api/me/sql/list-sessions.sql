SELECT public_id AS id, created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt",
       user_agent AS "userAgent", id_hash = $2 AS current
FROM sessions
WHERE user_id = $1 AND expires_at > now()
ORDER BY last_seen_at DESC;
