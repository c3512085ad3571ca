import type { ClientBase, Pool } from 'pg';
import { outboxRepository } from './outbox.repository.ts';

interface OutgoingMessage {
  to: string;
  /** The account it concerns, if any: the message is then part of that person's data (export, deletion). */
  userId: string | null;
  /** What kind of message, e.g. `password_reset`, for the admin's list and for a future mailer's templates. */
  kind: string;
  subject: string;
  body: string;
}

/**
 * Sends e-mail. Today's only implementation writes to the outbox table (there is no mail server); a real mailer
 * implements the same interface. `db` is the transaction the message belongs to: it is sent only if that commits.
 */
export interface Mailer {
  send(message: OutgoingMessage, db: ClientBase | Pool): Promise<void>;
}

export const outboxMailer: Mailer = {
  async send(message, db) {
    await outboxRepository.insert(db, message);
  },
};
