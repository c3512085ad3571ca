SELECT id, password_hash, language FROM users WHERE email = $1;
