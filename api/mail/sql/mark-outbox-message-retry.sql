-- A temporary failure: queued again for $3, with the error kept.
UPDATE outbox_messages
SET status = 'queued', next_attempt_at = $3, last_error = $4, claim_id = NULL, claimed_until = NULL
WHERE id = $1 AND claim_id = $2;
