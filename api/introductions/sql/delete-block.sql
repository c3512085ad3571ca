DELETE FROM user_blocks WHERE blocker_id = $1 AND blocked_id = $2;
