import type { Pool } from 'pg';
import { loadQueries } from './sql.ts';

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

const sql = loadQueries(import.meta.url, ['add-scheduled-job', 'claim-scheduled-job', 'finish-scheduled-job']);

export interface Scheduler {
  /** Looks at every job once: runs those that are due and not running here already. For tests, and the timer. */
  tick(now?: Date): Promise<void>;
  /** No more ticks; resolves when the jobs running now have finished. */
  stop(): Promise<void>;
}

/**
 * Runs `jobs` when they are due, looking every `tickMs` (on a timer that does not keep the process alive). A job
 * never overlaps itself in this process, and of several processes on one database only the one that claims a period
 * runs it. A job that throws is logged and recorded (scheduled_jobs.last_error); it runs again next period.
 */
export function startScheduler(
  pool: Pool,
  jobs: readonly ScheduledJob[],
  options: { log: { error(details: object, message: string): void }; tickMs?: number },
): Scheduler {
  const running = new Map<string, Promise<void>>();
  let stopped = false;

  async function runJob(job: ScheduledJob, now: Date) {
    let error: string | null = null;
    try {
      await job.run(pool, now);
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
      options.log.error({ err, job: job.name }, `scheduled job ${job.name} failed`);
    }
    await pool.query(sql.finishScheduledJob, [job.name, error]).catch((err: unknown) => {
      options.log.error({ err, job: job.name }, `scheduled job ${job.name}: its outcome was not recorded`);
    });
  }

  // The jobs whose row this process has made sure of: once each, not every tick.
  const known = new Set<string>();

  async function claimAndRun(job: ScheduledJob, now: Date) {
    if (!known.has(job.name)) {
      await pool.query(sql.addScheduledJob, [job.name, now]);
      known.add(job.name);
    }
    const { rows } = await pool.query(sql.claimScheduledJob, [job.name, now, job.next(now)]);
    if (rows.length === 1) await runJob(job, now);
  }

  async function tick(now = new Date()) {
    if (stopped) return;
    const started = jobs
      .filter((job) => !running.has(job.name))
      .map((job) => {
        const run = claimAndRun(job, now)
          .catch((err: unknown) => options.log.error({ err, job: job.name }, `scheduled job ${job.name}: not claimed`))
          .finally(() => running.delete(job.name));
        running.set(job.name, run);
        return run;
      });
    await Promise.all(started);
  }

  const timer = setInterval(() => void tick(), options.tickMs ?? 1_000);
  timer.unref();

  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await Promise.all(running.values());
    },
  };
}
