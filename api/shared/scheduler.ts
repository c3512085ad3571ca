import type { Pool } from 'pg';

/**
 * Periodic work that the server process runs: sending the outbox, digests, summaries. Each job's next run is kept in
 * the database (table scheduled_jobs), and the process that claims a due job runs it, so two server processes on one
 * database run each period once.
 */
export interface ScheduledJob {
  /** Unique; the row in scheduled_jobs. */
  name: string;
  /** When the job runs next, after a run that began at `now`. */
  next(now: Date): Date;
  run(pool: Pool, now: Date): Promise<unknown>;
}
