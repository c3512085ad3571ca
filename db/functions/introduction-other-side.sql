-- Whom an introduction is with, as `viewer` sees it: the other side's names (a resident's display name, an
-- organisation's name) in party order, joined by ' & '; both sides for whoever made it (a connector). The bell and
-- the notification mails name an introduction this way.
CREATE OR REPLACE FUNCTION introduction_other_side(introduction uuid, viewer uuid) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT string_agg(coalesce(u.display_name, o.name), ' & ' ORDER BY p.position)
  FROM introduction_parties p
  LEFT JOIN users u ON u.id = p.user_id
  LEFT JOIN organisations o ON o.id = p.organisation_id
  WHERE p.introduction_id = introduction
    -- coalesce: a resident's party has no organisation, and NULL IN (…) is NULL, not false.
    AND NOT (p.user_id IS NOT DISTINCT FROM viewer
             OR coalesce(p.organisation_id IN (SELECT m.organisation_id FROM organisation_members m
                                               WHERE m.user_id = viewer), false))
$$;
