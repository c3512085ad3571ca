-- Who takes part in the demo agenda of wijk $2: the connector ($1, by e-mail), the wijk's organisations with an owner
-- (associations first) and a room of theirs if they have one, residents of the wijk with a public skill to pledge,
-- residents' visible observations there, and the current municipality-wide survey round.
WITH wijk_buurten AS (SELECT code FROM buurten WHERE wijk_code = $2)
SELECT
  (SELECT id FROM users WHERE email = $1) AS connector_id,
  coalesce((
    SELECT json_agg(json_build_object('id', o.id, 'owner_id', m.user_id, 'kind', o.kind, 'place_id', p.id, 'place_title', p.title)
                    ORDER BY o.kind <> 'association', o.name)
    FROM organisations o
    JOIN LATERAL (SELECT user_id FROM organisation_members WHERE organisation_id = o.id AND role = 'owner' ORDER BY user_id LIMIT 1) m ON true
    LEFT JOIN LATERAL (SELECT a.id, a.title FROM assets a WHERE a.owner_organisation_id = o.id AND a.type = 'place' ORDER BY a.title LIMIT 1) p ON true
    WHERE o.buurt_code IN (SELECT code FROM wijk_buurten)), '[]') AS organisations,
  coalesce((
    SELECT json_agg(json_build_object('id', u.id, 'skill_id', s.id, 'skill_title', s.title) ORDER BY u.email)
    FROM (SELECT u.id, u.email FROM users u WHERE u.home_buurt_code IN (SELECT code FROM wijk_buurten) AND u.email <> $1
          ORDER BY u.email LIMIT 12) u
    LEFT JOIN LATERAL (SELECT a.id, a.title FROM assets a
                       WHERE a.owner_user_id = u.id AND a.type = 'inventory' AND a.kind = 'skill' AND a.visibility = 'public'
                       ORDER BY a.title LIMIT 1) s ON true), '[]') AS residents,
  coalesce((SELECT array_agg(o.id ORDER BY o.created_at, o.id) FROM observations o
            WHERE o.buurt_code IN (SELECT code FROM wijk_buurten) AND o.hidden_at IS NULL), '{}') AS observations,
  (SELECT r.id FROM survey_rounds r WHERE r.area_type = 'municipality' AND r.opens_at <= now() ORDER BY r.opens_at DESC LIMIT 1) AS round_id;
