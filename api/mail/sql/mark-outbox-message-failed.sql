-- Refused for good, or out of attempts: not tried again unless an administrator sends it again.
UPDATE outbox_messages
SET status = 'failed', last_error = $3, claim_id = NULL, claimed_until = NULL
WHERE id = $1 AND claim_id = $2;
