SELECT id, language, display_name FROM users WHERE email = $1;
