-- The unmailed notifications of person $1 made up to $2, locked for this transaction; rows another process holds are
-- skipped (SKIP LOCKED), so two server processes never mail one notification twice. With each, what its mail may say:
-- only what the person sees of it in the app (names as shown there, the note as written, never an address or place).
SELECT n.id, n.kind, n.introduction_id, n.agenda_item_id, n.detail, n.read_at IS NOT NULL AS read, k.mail_kind,
       coalesce(pref.mode, $3::jsonb ->> k.mail_kind) AS mode,
       i.by_connector, i.note,
       r.display_name AS requested_by_name,
       -- Whether the person is on the side that asked (a fellow member of the asking organisation).
       EXISTS (SELECT 1 FROM introduction_parties p JOIN organisation_members m ON m.organisation_id = p.organisation_id
               WHERE p.introduction_id = n.introduction_id AND m.user_id = n.user_id
                 AND p.answered_by = i.requested_by AND NOT i.by_connector) AS my_side_asked,
       i.requested_by = n.user_id AS asked_by_me,
       -- The other side (both sides for whoever made it), as the bell names it.
       introduction_other_side(n.introduction_id, n.user_id) AS about,
       -- The organisation the person is in this for, when it is an organisation's introduction.
       (SELECT o.name FROM introduction_parties p JOIN organisations o ON o.id = p.organisation_id
        JOIN organisation_members m ON m.organisation_id = p.organisation_id AND m.user_id = n.user_id
        WHERE p.introduction_id = n.introduction_id ORDER BY p.position LIMIT 1) AS my_organisation,
       -- As in the app: a request from someone the person blocked is not shown, so not mailed either.
       (i.status = 'asked' AND i.requested_by IN (SELECT b.blocked_id FROM user_blocks b WHERE b.blocker_id = n.user_id)) AS hidden,
       -- A thread already mailed to this person within the hour waits (one mail per thread per hour).
       (n.kind = 'message' AND EXISTS (
          SELECT 1 FROM notifications earlier
          WHERE earlier.user_id = n.user_id AND earlier.introduction_id = n.introduction_id AND earlier.kind = 'message'
            AND earlier.mail_id IS NOT NULL AND earlier.mailed_at > $2::timestamptz - interval '1 hour')) AS thread_mailed_recently,
       ai.ambition, ai.agenda_id
FROM notifications n
LEFT JOIN introductions i ON i.id = n.introduction_id
LEFT JOIN users r ON r.id = i.requested_by
LEFT JOIN agenda_items ai ON ai.id = n.agenda_item_id
-- The kind of mail a notification is, and the person's mode for it ($3: the defaults).
CROSS JOIN LATERAL (SELECT notification_mail_kind(n.kind, i.by_connector) AS mail_kind) k
LEFT JOIN notification_preferences pref ON pref.user_id = n.user_id AND pref.kind = k.mail_kind
WHERE n.user_id = $1 AND n.mailed_at IS NULL AND n.created_at <= $2
ORDER BY n.created_at
FOR UPDATE OF n SKIP LOCKED;
