-- A job's row, due at once, the first time any process knows the job.
INSERT INTO scheduled_jobs (name, next_run_at) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING;
