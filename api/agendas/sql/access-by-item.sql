-- The agenda of item $1, for viewer $2 (see access.sql), with the item's status.
SELECT i.agenda_id, i.status AS item_status, i.version,
       $2::uuid IS NOT NULL AND agenda_may_edit(i.agenda_id, $2) AS may_edit,
       agenda_takes_part(i.agenda_id, $2) AS takes_part,
       a.status
FROM agenda_items i JOIN agendas a ON a.id = i.agenda_id
WHERE i.id = $1;
