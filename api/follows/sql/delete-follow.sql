DELETE FROM buurt_follows WHERE user_id = $1 AND buurt_code = $2;
