-- Whether area $2 of type $1 ('buurt' or 'wijk') exists, and whether account $3 may start its agenda (an administrator,
-- or a connector of the whole area).
SELECT EXISTS (SELECT 1 FROM buurten WHERE $1 = 'buurt' AND code = $2
               UNION ALL SELECT 1 FROM wijken WHERE $1 = 'wijk' AND code = $2) AS exists,
       coalesce((SELECT is_admin FROM users WHERE id = $3), false)
       OR ($1 = 'buurt' AND $2 IN (SELECT connector_buurt_codes($3)))
       OR ($1 = 'wijk' AND EXISTS (SELECT 1 FROM connector_areas ca WHERE ca.user_id = $3 AND ca.wijk_code = $2)) AS may_edit;
