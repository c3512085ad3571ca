-- The demo's "goes well / could be better" pins: in a third of the buurten (by hash), two to four each at points inside
-- the buurt (ST_GeneratePoints with a fixed seed: the same every time), written by a demo resident of that buurt.
-- Text only (no photos in the demo). No text twice in a wijk (its profile shows the pins of all its buurten): the
-- pins of a wijk take the texts in turn from a place chosen by the wijk's hash, and a wijk has at most as many pins as
-- there are texts. $1: the LIKE pattern of the demo e-mail domain.
WITH texts (n, kind, body) AS (
  VALUES (0, 'goes-well', 'Het buurtfeest was gezellig: veel nieuwe gezichten.'),
         (1, 'goes-well', 'De moestuin bij de school wordt goed bijgehouden.'),
         (2, 'goes-well', 'Buren helpen elkaar met boodschappen.'),
         (3, 'goes-well', 'Het speelveld is opgeknapt en druk bezocht.'),
         (4, 'could-be-better', 'Hier wordt te hard gereden, vooral ’s avonds.'),
         (5, 'could-be-better', 'Te weinig bankjes om even te zitten.'),
         (6, 'could-be-better', 'Zwerfafval rond de containers.'),
         (7, 'could-be-better', 'De stoep is slecht begaanbaar met een rollator.')
),
authored AS (
  SELECT b.code, b.wijk_code, b.geom, 2 + abs(hashtext(b.code || 'pins')) % 3 AS pins,
         (SELECT u.id FROM users u WHERE u.email LIKE $1 AND u.home_buurt_code = b.code ORDER BY u.email LIMIT 1) AS author
  FROM buurten b
  WHERE abs(hashtext(b.code || 'observations')) % 3 = 0
),
-- Where each buurt's pins start in its wijk's turn of texts.
chosen AS (
  SELECT a.*, coalesce(sum(a.pins) OVER (PARTITION BY a.wijk_code ORDER BY a.code ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
  FROM authored a
  WHERE a.author IS NOT NULL
)
INSERT INTO observations (user_id, kind, body, location, buurt_code, created_at)
SELECT c.author, t.kind, t.body, p.geom, c.code, now() - (abs(hashtext(c.code || p.path[1]::text)) % 90) * interval '1 day'
FROM chosen c
CROSS JOIN LATERAL (SELECT (ST_Dump(ST_GeneratePoints(c.geom, c.pins, 1))).*) p
JOIN texts t ON t.n = (abs(hashtext(c.wijk_code || 'text')) + c.before + p.path[1] - 1) % 8
WHERE c.before + p.path[1] <= 8;
