-- The areas a connector acts for, with names, and the buurten each covers (a wijk covers all of its buurten).
SELECT ca.id,
       CASE WHEN ca.buurt_code IS NULL THEN 'wijk' ELSE 'buurt' END AS type,
       coalesce(ca.buurt_code, ca.wijk_code) AS code,
       coalesce(b.name, w.name) AS name,
       CASE WHEN ca.buurt_code IS NULL
            THEN (SELECT count(*)::int FROM buurten x WHERE x.wijk_code = ca.wijk_code)
            ELSE 1 END AS "buurtCount",
       ca.granted_at AS "grantedAt"
FROM connector_areas ca
LEFT JOIN buurten b ON b.code = ca.buurt_code
LEFT JOIN wijken w ON w.code = ca.wijk_code
WHERE ca.user_id = $1
ORDER BY name;
