-- Observation $1 as account $2 may moderate it: an administrator, or a connector of its buurt.
SELECT o.id, o.hidden_at IS NOT NULL AS hidden,
       (SELECT is_admin FROM users WHERE id = $2) OR o.buurt_code IN (SELECT connector_buurt_codes($2)) AS may_moderate
FROM observations o WHERE o.id = $1;
