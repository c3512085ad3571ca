SELECT home_location IS NOT NULL AS has_location, home_buurt_code FROM users WHERE id = $1;
