DELETE FROM connector_areas WHERE id = $2 AND user_id = $1 RETURNING id;
