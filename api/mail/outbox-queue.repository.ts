import type { Queryable } from '../shared/db.ts';
import { loadQueries } from '../shared/sql.ts';
import type { Envelope } from './mail.transport.ts';

const sql = loadQueries(import.meta.url, [
  'expire-outbox-messages',
  'claim-outbox-messages',
  'mark-outbox-message-sent',
  'mark-outbox-message-retry',
  'mark-outbox-message-failed',
]);

/** A message claimed for sending, and how many times it has now been tried (this one included). */
export interface ClaimedMessage extends Envelope {
  attempts: number;
}

/**
 * The outbox as a queue. Every statement here is one short statement of its own (no transaction around a send): the
 * embedded database runs one transaction at a time, and a mail server may take seconds to answer.
 */
export const outboxQueueRepository = {
  /** Marks the messages that expired before they were sent; returns how many. */
  async expire(db: Queryable, now: Date): Promise<number> {
    return (await db.query(sql.expireOutboxMessages, [now])).rowCount ?? 0;
  },

  /** Claims up to `limit` due messages for `claimId` until `now + leaseMs`. */
  async claim(db: Queryable, now: Date, limit: number, claimId: string, leaseMs: number): Promise<ClaimedMessage[]> {
    const { rows } = await db.query<ClaimedMessage>(sql.claimOutboxMessages, [now, limit, claimId, leaseMs]);
    return rows;
  },

  /** Each of these is a no-op (false) when the claim is no longer `claimId`'s. */
  async markSent(db: Queryable, id: string, claimId: string, now: Date): Promise<boolean> {
    return (await db.query(sql.markOutboxMessageSent, [id, claimId, now])).rowCount === 1;
  },

  async markRetry(db: Queryable, id: string, claimId: string, nextAttemptAt: Date, error: string): Promise<boolean> {
    return (await db.query(sql.markOutboxMessageRetry, [id, claimId, nextAttemptAt, error])).rowCount === 1;
  },

  async markFailed(db: Queryable, id: string, claimId: string, error: string): Promise<boolean> {
    return (await db.query(sql.markOutboxMessageFailed, [id, claimId, error])).rowCount === 1;
  },
};
