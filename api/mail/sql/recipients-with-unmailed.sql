-- The people with notifications not yet mailed (nor set aside), made up to $1, that a run in mode $3 deals with: the
-- daily summary those in "daily", the frequent run the others (so people waiting for their summary never crowd out
-- those who want mail now). At most $2 people a run. $4: the defaults. $5: only these people (NULL: everyone).
SELECT DISTINCT n.user_id
FROM notifications n
LEFT JOIN introductions i ON i.id = n.introduction_id
CROSS JOIN LATERAL (SELECT notification_mail_kind(n.kind, i.by_connector) AS mail_kind) k
LEFT JOIN notification_preferences pref ON pref.user_id = n.user_id AND pref.kind = k.mail_kind
WHERE n.mailed_at IS NULL AND n.created_at <= $1
  AND (coalesce(pref.mode, $4::jsonb ->> k.mail_kind) = 'daily') = ($3 = 'daily')
  AND ($5::uuid[] IS NULL OR n.user_id = ANY ($5::uuid[]))
LIMIT $2;
