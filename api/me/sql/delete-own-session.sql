-- Only a session of this user: another user's session id simply matches nothing (404).
DELETE FROM sessions WHERE public_id = $1 AND user_id = $2 RETURNING id_hash;
