-- Progress of agendas $1: items by status, pledges made and used, introductions made for items (and how far they
-- got), supports.
SELECT a.id,
       (SELECT json_object_agg(s.status, s.n) FROM (SELECT i.status, count(*) AS n FROM agenda_items i WHERE i.agenda_id = a.id GROUP BY i.status) s) AS items,
       (SELECT count(*) FROM agenda_pledges p JOIN agenda_items i ON i.id = p.item_id WHERE i.agenda_id = a.id)::int AS pledged,
       (SELECT count(*) FROM agenda_pledges p JOIN agenda_items i ON i.id = p.item_id WHERE i.agenda_id = a.id AND p.status = 'used')::int AS used,
       (SELECT count(*) FROM agenda_item_introductions x JOIN agenda_items i ON i.id = x.item_id WHERE i.agenda_id = a.id)::int AS introductions,
       (SELECT count(*) FROM agenda_item_introductions x JOIN agenda_items i ON i.id = x.item_id JOIN introductions n ON n.id = x.introduction_id
        WHERE i.agenda_id = a.id AND n.status IN ('accepted', 'met'))::int AS accepted,
       (SELECT count(*) FROM agenda_item_introductions x JOIN agenda_items i ON i.id = x.item_id JOIN introductions n ON n.id = x.introduction_id
        WHERE i.agenda_id = a.id AND n.status = 'met')::int AS met,
       (SELECT count(*) FROM agenda_supports s JOIN agenda_items i ON i.id = s.item_id WHERE i.agenda_id = a.id)::int AS supports
FROM agendas a
WHERE a.id = ANY ($1::uuid[]);
