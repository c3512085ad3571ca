-- The photo ($2 = 'photo') or thumbnail of observation $1, for viewer $3 (NULL: not logged in). A hidden observation's
-- image is only for those who may moderate it (administrators, connectors of its buurt), who must see what they judge.
SELECT CASE WHEN $2 = 'photo' THEN o.photo ELSE o.thumbnail END AS image, o.hidden_at IS NOT NULL AS hidden
FROM observations o
WHERE o.id = $1 AND o.photo IS NOT NULL
  AND (o.hidden_at IS NULL
       OR coalesce((SELECT u.is_admin FROM users u WHERE u.id = $3::uuid), false)
       OR o.buurt_code IN (SELECT connector_buurt_codes($3::uuid)));
