import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { ScheduledJob } from '../shared/scheduler.ts';
import { classifySendError, type MailTransport } from './mail.transport.ts';
import { outboxQueueRepository as queue, type ClaimedMessage } from './outbox-queue.repository.ts';

/** How long after the n-th failed attempt the next one is: 1 min, 5, 15, an hour, 4 hours, then 12 hours. */
const RETRY_DELAYS_MINUTES = [1, 5, 15, 60, 240, 720] as const;
/** After this many temporary failures a message is marked failed (about 29 hours after the first attempt). */
export const MAX_ATTEMPTS = 8;

export interface OutboxWorkerOptions {
  /** Messages claimed at once. */
  batchSize?: number;
  /** Messages on their way to the mail server at once (and the transport's connections). */
  concurrency?: number;
  /**
   * How long a claim holds: longer than a batch takes to send (the transport gives up on a silent server after a
   * minute), so that only a sender that died loses its messages to another.
   */
  leaseMs?: number;
}

export interface DrainResult {
  sent: number;
  retried: number;
  failed: number;
  expired: number;
}

/** The moment to try again after `attempts` attempts. */
function nextAttemptAt(now: Date, attempts: number): Date {
  const minutes = RETRY_DELAYS_MINUTES[Math.min(attempts, RETRY_DELAYS_MINUTES.length) - 1] ?? 1;
  return new Date(now.getTime() + minutes * 60_000);
}

/**
 * Sends the outbox: claims due messages in a short statement, sends them outside any transaction, and records each
 * outcome only while the claim is still its own. A process that dies mid-send loses nothing: its claim lapses and
 * another sends the message then.
 */
export function outboxWorker(pool: Pool, transport: MailTransport, options: OutboxWorkerOptions = {}) {
  const batchSize = options.batchSize ?? 20;
  const concurrency = options.concurrency ?? 3;
  const leaseMs = options.leaseMs ?? 5 * 60_000;

  async function deliver(message: ClaimedMessage, claimId: string, clock: () => Date, result: DrainResult) {
    try {
      await transport.send(message);
    } catch (error) {
      const failure = classifySendError(error);
      if (failure.permanent || message.attempts >= MAX_ATTEMPTS) {
        const reason = failure.permanent
          ? failure.error
          : `Gave up after ${message.attempts} attempts: ${failure.error}`;
        if (await queue.markFailed(pool, message.id, claimId, reason)) result.failed += 1;
      } else if (
        await queue.markRetry(pool, message.id, claimId, nextAttemptAt(clock(), message.attempts), failure.error)
      ) {
        result.retried += 1;
      }
      return;
    }
    if (await queue.markSent(pool, message.id, claimId, clock())) result.sent += 1;
  }

  return {
    /**
     * Sends every message due at `now` (default: the clock), batch after batch, until none is left; one that fails
     * for a while is queued for later, past this run. `now` is for tests, which move time instead of waiting.
     */
    async drain(now?: Date): Promise<DrainResult> {
      const clock = () => now ?? new Date();
      const result: DrainResult = { sent: 0, retried: 0, failed: 0, expired: 0 };
      result.expired = await queue.expire(pool, clock());
      for (;;) {
        const claimId = randomUUID();
        const batch = await queue.claim(pool, clock(), batchSize, claimId, leaseMs);
        if (batch.length === 0) return result;
        let next = 0;
        const lane = async () => {
          while (next < batch.length) await deliver(batch[next++]!, claimId, clock, result);
        };
        await Promise.all(Array.from({ length: Math.min(concurrency, batch.length) }, lane));
      }
    },
  };
}

/** Sending the outbox as a scheduled job: every few seconds, whatever is due. */
export function outboxJob(transport: MailTransport, options: OutboxWorkerOptions & { everyMs?: number } = {}) {
  const everyMs = options.everyMs ?? 5_000;
  return {
    name: 'outbox',
    next: (now) => new Date(now.getTime() + everyMs),
    run: (pool) => outboxWorker(pool, transport, options).drain(),
  } satisfies ScheduledJob;
}
