UPDATE users SET home_location = NULL, updated_at = now() WHERE id = $1;
