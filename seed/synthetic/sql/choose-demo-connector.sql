-- The demo's connector: in the wijk where most demo residents gave a home, the first of them by e-mail address.
-- $1 is the LIKE pattern of the demo e-mail domain.
WITH busiest AS (
  SELECT b.wijk_code FROM users u JOIN buurten b ON b.code = u.home_buurt_code
  WHERE u.email LIKE $1 AND u.home_location IS NOT NULL
  GROUP BY b.wijk_code ORDER BY count(*) DESC, b.wijk_code LIMIT 1
)
SELECT u.id, u.email, busiest.wijk_code
FROM busiest JOIN buurten b ON b.wijk_code = busiest.wijk_code JOIN users u ON u.home_buurt_code = b.code
WHERE u.email LIKE $1 AND u.home_location IS NOT NULL
ORDER BY u.email LIMIT 1;
