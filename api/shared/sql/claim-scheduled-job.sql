-- Claims the job's period when it is due: of two processes the second finds next_run_at moved on and gets no row.
UPDATE scheduled_jobs
SET next_run_at = $3, last_started_at = $2
WHERE name = $1 AND next_run_at <= $2
RETURNING name;
