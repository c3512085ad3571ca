-- The bell of $1: the newest 50 notifications, with who they are about (the other side; both for a connector who made
-- it; for an agenda item's change of status, the item's ambition, its agenda and its new status), and how many are
-- unread.
SELECT n.id, n.kind, n.introduction_id, n.created_at, n.read_at, ai.agenda_id, n.detail ->> 'to' AS agenda_status,
       coalesce(ai.ambition, (SELECT string_agg(coalesce(u.display_name, o.name), ' & ' ORDER BY p.position)
        FROM introduction_parties p
        LEFT JOIN users u ON u.id = p.user_id
        LEFT JOIN organisations o ON o.id = p.organisation_id
        WHERE p.introduction_id = n.introduction_id
          -- coalesce: a resident's party has no organisation, and NULL IN (…) is NULL, not false.
          AND NOT (p.user_id IS NOT DISTINCT FROM $1
                   OR coalesce(p.organisation_id IN (SELECT m.organisation_id FROM organisation_members m
                                                     WHERE m.user_id = $1), false)))) AS about,
       count(*) FILTER (WHERE n.read_at IS NULL) OVER ()::integer AS unread
FROM notifications n
LEFT JOIN agenda_items ai ON ai.id = n.agenda_item_id
WHERE n.user_id = $1
ORDER BY n.created_at DESC
LIMIT 50;
