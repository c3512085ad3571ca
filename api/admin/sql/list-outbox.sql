-- $2: one status, or all; $3: the kinds whose body is withheld (carrying log-in links), empty when it is shown.
SELECT id, to_address AS "to", kind, subject,
       CASE WHEN kind = ANY($3::text[]) THEN NULL ELSE body END AS body,
       status, attempts, last_error AS "lastError", next_attempt_at AS "nextAttemptAt",
       created_at AS "createdAt", sent_at AS "sentAt"
FROM outbox_messages
WHERE $2::text IS NULL OR status = $2
ORDER BY created_at DESC, id
LIMIT $1;
