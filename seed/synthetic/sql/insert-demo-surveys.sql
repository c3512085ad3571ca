-- The demo's residents' mirror: a past and a current survey round for the whole municipality, answered by a part of
-- the demo residents. Deterministic (hashes of ids, no randomness). Per wijk a response rate of 0, 2, 8 or 20 per cent,
-- so some wijken have no result, some one hidden under 5 answers, some an indicative one and some a reliable one; per
-- wijk a base grade of 5 to 8 with a little spread per person, a bit higher or lower in the current round.
-- $1: the LIKE pattern of the demo e-mail domain. Opened by the first demo resident, so replacing the demo removes them.
WITH rounds AS (
  INSERT INTO survey_rounds (area_type, area_code, title, opens_at, closes_at, opened_by)
  SELECT 'municipality', m.code, t.title, now() - t.opened, now() - t.opened + interval '30 days',
         (SELECT u.id FROM users u WHERE u.email LIKE $1 ORDER BY u.email LIMIT 1)
  FROM (SELECT min(municipality_code) AS code FROM buurten) m
  CROSS JOIN (VALUES ('Leefbaarheidspeiling vorig jaar', interval '400 days'), ('Leefbaarheidspeiling dit jaar', interval '10 days')) AS t (title, opened)
  RETURNING id, opens_at < now() - interval '1 year' AS past
),
people AS (
  SELECT u.id, u.home_buurt_code AS buurt, b.wijk_code AS wijk
  FROM users u JOIN buurten b ON b.code = u.home_buurt_code
  WHERE u.email LIKE $1
),
comments (n, text) AS (
  VALUES (0, 'Fijne buren, we helpen elkaar.'), (1, 'Er is weinig groen in de straat.'), (2, 'Er wordt te hard gereden.'),
         (3, 'Het buurthuis is een fijne plek om elkaar te zien.'), (4, 'Meer bankjes en speelplekken zou fijn zijn.'),
         (5, 'Zwerfafval bij de containers.')
)
INSERT INTO survey_answers (round_id, user_id, buurt_code, physical, social, nuisance, safety, overall, trend, comment, answered_at)
SELECT r.id, p.id, p.buurt,
       least(10, greatest(1, base.grade + shift.by + (abs(hashtext(p.id::text || 'physical')) % 3) - 1)),
       least(10, greatest(1, base.grade + shift.by + (abs(hashtext(p.id::text || 'social')) % 3) - 1)),
       least(10, greatest(1, base.grade + shift.by + (abs(hashtext(p.id::text || 'nuisance')) % 3) - 1)),
       least(10, greatest(1, base.grade + shift.by + (abs(hashtext(p.id::text || 'safety')) % 3) - 1)),
       least(10, greatest(1, base.grade + shift.by + (abs(hashtext(p.id::text || 'overall')) % 3) - 1)),
       (ARRAY['better', 'same', 'worse'])[1 + abs(hashtext(p.id::text || 'trend' || r.past::text)) % 3],
       coalesce((SELECT c.text FROM comments c WHERE c.n = abs(hashtext(p.id::text || 'comment' || r.past::text)) % 12), ''),
       CASE WHEN r.past THEN now() - interval '380 days' ELSE now() - interval '5 days' END
FROM rounds r
CROSS JOIN people p
CROSS JOIN LATERAL (SELECT 5 + abs(hashtext(p.wijk || 'base')) % 4 AS grade) base
CROSS JOIN LATERAL (SELECT CASE WHEN r.past THEN 0 ELSE (abs(hashtext(p.wijk || 'shift')) % 3) - 1 END AS by) shift
WHERE abs(hashtext(p.id::text || 'answers' || r.past::text)) % 100
      < (ARRAY[0, 2, 8, 20])[1 + abs(hashtext(p.wijk || 'rate')) % 4]
RETURNING round_id;
