UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1;
