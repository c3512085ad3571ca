-- Follows buurt $2 for $1 (again is fine); nothing when the buurt does not exist.
INSERT INTO buurt_follows (user_id, buurt_code)
SELECT $1, b.code FROM buurten b WHERE b.code = $2
ON CONFLICT DO NOTHING;
