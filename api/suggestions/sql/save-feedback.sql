-- User $1 dismissed or acted on ($4) suggestion $3 for subject $2. Acting outranks dismissing.
INSERT INTO suggestion_feedback (user_id, subject, suggestion, action) VALUES ($1, $2, $3, $4)
ON CONFLICT (user_id, subject, suggestion) DO UPDATE
SET action = CASE WHEN suggestion_feedback.action = 'acted' THEN 'acted' ELSE excluded.action END, created_at = now();
