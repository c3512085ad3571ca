-- The suggestions user $1 dismissed or acted on, for subject $2.
SELECT suggestion FROM suggestion_feedback WHERE user_id = $1 AND subject = $2;
