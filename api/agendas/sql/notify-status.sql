-- An agenda-status notification about item $1 (status $3 → $4, reason $5) for whoever supports it or pledged to it,
-- but not for $2 who changed it, and only for those who may see the item (a draft agenda: its participants only).
INSERT INTO notifications (user_id, kind, agenda_item_id, detail)
SELECT person, 'agenda-status', $1, jsonb_build_object('from', $3::text, 'to', $4::text, 'reason', $5::text)
FROM (SELECT s.user_id AS person FROM agenda_supports s WHERE s.item_id = $1
      UNION
      SELECT p.pledged_by FROM agenda_pledges p WHERE p.item_id = $1 AND p.pledged_by IS NOT NULL) AS involved
JOIN agenda_items i ON i.id = $1
JOIN agendas a ON a.id = i.agenda_id
WHERE person <> $2 AND (a.status = 'published' OR agenda_takes_part(a.id, person));
