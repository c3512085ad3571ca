-- Notifications $1 are dealt with at $2: mailed in mail $3, or (NULL) set aside without a mail (read already, or the
-- person wants no mail of their kind).
UPDATE notifications SET mailed_at = $2, mail_id = $3 WHERE id = ANY ($1::uuid[]);
