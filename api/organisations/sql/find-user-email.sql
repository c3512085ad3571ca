SELECT email, display_name AS "displayName" FROM users WHERE id = $1;
