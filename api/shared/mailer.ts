import type { Queryable } from './db.ts';
import { outboxRepository } from './outbox.repository.ts';

export interface OutgoingMessage {
  to: string;
  /** The account it concerns, if any: the message is then part of that person's data (export, deletion). */
  userId: string | null;
  /** What kind of message, e.g. `password_reset`: for the admin's list, and for the recipient's preferences. */
  kind: string;
  /** The recipient's language, which the message is written in. */
  language?: 'nl' | 'en';
  subject: string;
  /** The plain-text part. */
  body: string;
  /** The HTML part, when the message has one. */
  html?: string;
  /** Extra mail headers, e.g. `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058). */
  headers?: Record<string, string>;
  /** After this the message is not sent any more (its link has expired): marked expired instead. */
  expiresAt?: Date;
}

/**
 * Sends e-mail: queues the message in the outbox, in the transaction `db` it belongs to, so it is sent only if that
 * commits. The outbox worker delivers it when a mail server is configured (SMTP_URL); without one it stays queued.
 * Returns the message's id.
 */
export interface Mailer {
  send(message: OutgoingMessage, db: Queryable): Promise<string>;
}

export const outboxMailer: Mailer = {
  send: (message, db) => outboxRepository.insert(db, message),
};
