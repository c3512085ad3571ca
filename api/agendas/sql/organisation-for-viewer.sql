-- Organisation $1, whether account $2 belongs to it, and whether it is located in agenda $3's area.
SELECT o.id, o.name,
       EXISTS (SELECT 1 FROM organisation_members m WHERE m.organisation_id = o.id AND m.user_id = $2) AS member,
       o.buurt_code IN (SELECT agenda_buurt_codes($3)) AS in_area
FROM organisations o WHERE o.id = $1;
