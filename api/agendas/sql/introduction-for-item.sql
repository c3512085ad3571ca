-- Introduction $1: whether account $2 asked for it, and whether it happened in agenda $3's area.
SELECT n.id, n.requested_by = $2 AS mine, n.buurt_code IN (SELECT agenda_buurt_codes($3)) AS in_area
FROM introductions n WHERE n.id = $1;
