UPDATE users SET is_admin = true, updated_at = now() WHERE email = $1 RETURNING id;
