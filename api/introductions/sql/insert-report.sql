INSERT INTO reports (reporter_id, reported_user_id, introduction_id, message_id, reason, note, quoted)
VALUES ($1, $2, $3, $4, $5, $6, $7)
RETURNING id;
