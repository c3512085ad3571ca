-- The introduction's status after an answer or a "we met"; the first time it reaches a status its moment is kept.
UPDATE introductions
SET status = $2,
    answered_at = CASE WHEN $2 IN ('accepted', 'declined') THEN coalesce(answered_at, now()) ELSE answered_at END,
    met_at = CASE WHEN $2 = 'met' THEN coalesce(met_at, now()) ELSE met_at END
WHERE id = $1;
