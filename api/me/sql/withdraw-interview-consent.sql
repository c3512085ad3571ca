UPDATE interview_consents SET withdrawn_at = now()
WHERE id = $1 AND resident_id = $2 AND withdrawn_at IS NULL
RETURNING id;
