-- Everything GET /api/me shows its owner. The exact home point is only ever selected for its owner.
SELECT u.id, u.email, u.display_name, u.language, u.email_verified_at IS NOT NULL AS email_verified, u.is_admin,
       u.created_at,
       b.code AS buurt_code, b.name AS buurt_name, w.code AS wijk_code, w.name AS wijk_name,
       ST_X(u.home_location::geometry) AS home_lng, ST_Y(u.home_location::geometry) AS home_lat,
       c.text_version AS consent_version, c.given_at AS consent_given_at,
       coalesce((
         SELECT json_agg(json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'role', m.role) ORDER BY o.name)
         FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id
         WHERE m.user_id = u.id
       ), '[]') AS organisations,
       coalesce((
         SELECT json_agg(json_build_object(
                  'id', ca.id,
                  'type', CASE WHEN ca.buurt_code IS NULL THEN 'wijk' ELSE 'buurt' END,
                  'code', coalesce(ca.buurt_code, ca.wijk_code),
                  'name', coalesce(cb.name, cw.name)) ORDER BY coalesce(cb.name, cw.name))
         FROM connector_areas ca
         LEFT JOIN buurten cb ON cb.code = ca.buurt_code
         LEFT JOIN wijken cw ON cw.code = ca.wijk_code
         WHERE ca.user_id = u.id
       ), '[]') AS connector_areas
FROM users u
LEFT JOIN buurten b ON b.code = u.home_buurt_code
LEFT JOIN wijken w ON w.code = b.wijk_code
LEFT JOIN consents c ON c.user_id = u.id AND c.purpose = 'home_location' AND c.withdrawn_at IS NULL
WHERE u.id = $1;
