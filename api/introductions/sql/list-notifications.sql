-- The bell of $1: the newest 50 notifications, with who they are about (the other side; both for a connector who made
-- it; for an agenda item's change of status, the item's ambition, its agenda and its new status), and how many are
-- unread.
SELECT n.id, n.kind, n.introduction_id, n.created_at, n.read_at, ai.agenda_id, n.detail ->> 'to' AS agenda_status,
       coalesce(ai.ambition, introduction_other_side(n.introduction_id, $1)) AS about,
       count(*) FILTER (WHERE n.read_at IS NULL) OVER ()::integer AS unread
FROM notifications n
LEFT JOIN agenda_items ai ON ai.id = n.agenda_item_id
WHERE n.user_id = $1
ORDER BY n.created_at DESC
LIMIT 50;
