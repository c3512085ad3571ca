UPDATE assets SET last_confirmed_at = now() WHERE id = $1 RETURNING id;
