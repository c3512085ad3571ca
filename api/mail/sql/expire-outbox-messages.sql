-- Messages whose link has expired before they could leave: not sent any more. A message being sent is left to its
-- sender unless that sender's lease has lapsed (it died).
UPDATE outbox_messages
SET status = 'expired', claim_id = NULL, claimed_until = NULL,
    last_error = coalesce(last_error, 'Expired before it could be sent.')
WHERE status IN ('queued', 'sending')
  AND (status = 'queued' OR claimed_until < $1)
  AND expires_at <= $1;
