-- Queued again, due now, with a fresh set of attempts and no expiry (an administrator chose to send it); its
-- creation and last error stay. One being sent right now is left alone: its status says so.
WITH target AS (
  SELECT id, status FROM outbox_messages WHERE id = $1
), resent AS (
  UPDATE outbox_messages AS m
  SET status = 'queued', next_attempt_at = now(), attempts = 0, sent_at = NULL, expires_at = NULL
  FROM target
  WHERE m.id = target.id AND target.status <> 'sending'
  RETURNING m.id
)
SELECT target.status AS "previousStatus", EXISTS (SELECT FROM resent) AS resent FROM target;
