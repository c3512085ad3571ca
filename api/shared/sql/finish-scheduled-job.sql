UPDATE scheduled_jobs SET last_finished_at = now(), last_error = $2 WHERE name = $1;
