SELECT id, language, display_name AS "displayName" FROM users WHERE email = $1;
