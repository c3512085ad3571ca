import type { Mailer } from '../shared/mailer.ts';
import type { ScheduledJob } from '../shared/scheduler.ts';
import { sendDueDigests } from './digest.service.ts';

const HOUR_MS = 60 * 60 * 1000;

/** The weekly digests of followed buurten: every hour, whoever's week is up. */
export function digestJob(mailer: Mailer, publicUrl: string): ScheduledJob {
  return {
    name: 'buurt-digest',
    next: (now) => new Date(now.getTime() + HOUR_MS),
    run: (pool, now) => sendDueDigests(pool, mailer, publicUrl, now),
  };
}
