INSERT INTO consents (user_id, purpose, text_version) VALUES ($1, $2, $3);
