-- A resident's own items follow their home buurt (they have no place of their own).
UPDATE assets a
SET buurt_code = u.home_buurt_code, wijk_code = b.wijk_code
FROM users u LEFT JOIN buurten b ON b.code = u.home_buurt_code
WHERE u.id = $1 AND a.owner_user_id = u.id AND a.buurt_code IS DISTINCT FROM u.home_buurt_code;
