INSERT INTO connector_areas (user_id, wijk_code) VALUES ($1, $2) ON CONFLICT DO NOTHING;
