UPDATE consents SET withdrawn_at = now() WHERE user_id = $1 AND purpose = $2 AND withdrawn_at IS NULL;
