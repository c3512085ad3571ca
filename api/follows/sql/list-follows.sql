SELECT f.buurt_code AS code, b.name, f.created_at, f.last_digest_at
FROM buurt_follows f JOIN buurten b ON b.code = f.buurt_code
WHERE f.user_id = $1
ORDER BY b.name;
