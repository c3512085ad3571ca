-- One notification of kind $2 about introduction $3 for each of the people $1. A 'message' notification is not
-- repeated while an earlier one about the same thread is unread and not yet mailed (a mailed one starts a new batch,
-- so a later message can be mailed after the hour; one set aside without a mail, for "never", is not repeated).
INSERT INTO notifications (user_id, kind, introduction_id)
SELECT person, $2, $3 FROM unnest($1::uuid[]) AS person
WHERE $2 <> 'message' OR NOT EXISTS (
  SELECT 1 FROM notifications n
  WHERE n.user_id = person AND n.introduction_id = $3 AND n.kind = 'message' AND n.read_at IS NULL
    AND (n.mailed_at IS NULL OR n.mail_id IS NULL)
);
