-- Claims up to $2 due messages for the sender $3 until $1 + $4 ms: queued ones whose time has come, and those whose
-- sender's lease lapsed. SKIP LOCKED: a row another process is claiming right now is left to it, so two processes
-- never claim one message; under READ COMMITTED a row that process has just claimed is re-checked and skipped.
WITH due AS (
  SELECT id
  FROM outbox_messages
  -- status IN (…) first, so the partial index outbox_messages_due_idx is used
  WHERE status IN ('queued', 'sending')
    AND (status = 'queued' OR claimed_until < $1)
    AND next_attempt_at <= $1
    AND (expires_at IS NULL OR expires_at > $1)
  ORDER BY next_attempt_at
  LIMIT $2
  FOR UPDATE SKIP LOCKED
)
UPDATE outbox_messages AS m
SET status = 'sending', claim_id = $3, claimed_until = $1 + make_interval(secs => $4::double precision / 1000),
    attempts = m.attempts + 1
FROM due
WHERE m.id = due.id
RETURNING m.id, m.to_address AS "to", m.subject, m.body AS text, m.html, m.headers, m.attempts;
