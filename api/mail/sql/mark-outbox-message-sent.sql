-- Only while the claim is still this sender's: a sender whose lease lapsed no longer owns the row.
UPDATE outbox_messages
SET status = 'sent', sent_at = $3, claim_id = NULL, claimed_until = NULL, last_error = NULL
WHERE id = $1 AND claim_id = $2;
