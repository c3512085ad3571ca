-- The buurten of an agenda's area.
CREATE OR REPLACE FUNCTION agenda_buurt_codes(agenda uuid) RETURNS SETOF text LANGUAGE sql STABLE AS $$
  SELECT b.code FROM agendas a JOIN buurten b ON b.code = a.buurt_code OR b.wijk_code = a.wijk_code WHERE a.id = agenda
$$;

-- Who edits an agenda: an administrator, or a connector of its whole area (the same rule as opening a survey round).
CREATE OR REPLACE FUNCTION agenda_may_edit(agenda uuid, viewer uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT u.is_admin FROM users u WHERE u.id = viewer), false)
      OR EXISTS (SELECT 1 FROM agendas a
                 WHERE a.id = agenda
                   AND (a.buurt_code IN (SELECT connector_buurt_codes(viewer))
                        OR EXISTS (SELECT 1 FROM connector_areas ca WHERE ca.user_id = viewer AND ca.wijk_code = a.wijk_code)))
$$;

-- Who takes part (sees a draft, comments, supports): its editors, residents of its area, members of organisations
-- located there, and whoever sits at its table (themselves, or through their organisation).
CREATE OR REPLACE FUNCTION agenda_takes_part(agenda uuid, viewer uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT viewer IS NOT NULL AND (
    agenda_may_edit(agenda, viewer)
    OR EXISTS (SELECT 1 FROM users u WHERE u.id = viewer AND u.home_buurt_code IN (SELECT agenda_buurt_codes(agenda)))
    OR EXISTS (SELECT 1 FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id
               WHERE m.user_id = viewer AND o.buurt_code IN (SELECT agenda_buurt_codes(agenda)))
    OR EXISTS (SELECT 1 FROM agenda_parties p LEFT JOIN organisation_members m ON m.organisation_id = p.organisation_id
               WHERE p.agenda_id = agenda AND (p.user_id = viewer OR m.user_id = viewer)))
$$;
