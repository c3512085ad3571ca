-- Followers whose weekly digest is due at $1 (a week after the last one),
-- with what they need to write it: address, name, language, the buurten due and since when. $3: only these people
-- (NULL: everyone).
SELECT u.id AS user_id, u.email, u.display_name, u.language,
       json_agg(json_build_object('code', f.buurt_code, 'name', b.name, 'since', f.last_digest_at) ORDER BY b.name) AS buurten
FROM buurt_follows f
JOIN users u ON u.id = f.user_id
JOIN buurten b ON b.code = f.buurt_code
WHERE f.last_digest_at <= $1::timestamptz - interval '7 days' AND u.email_verified_at IS NOT NULL
  AND ($3::uuid[] IS NULL OR u.id = ANY ($3::uuid[]))
GROUP BY u.id
ORDER BY u.id
LIMIT $2;
