UPDATE users SET is_admin = $2, updated_at = now() WHERE id = $1 RETURNING id;
