SELECT EXISTS (SELECT 1 FROM users WHERE is_admin) AS found;
