import type { Queryable } from './db.ts';
import type { OutgoingMessage } from './mailer.ts';
import { loadSql } from './sql.ts';

const insertOutboxMessage = loadSql(import.meta.url, 'sql/insert-outbox-message.sql');

export const outboxRepository = {
  /** Queues a message; returns its id. */
  async insert(db: Queryable, message: OutgoingMessage): Promise<string> {
    const { rows } = await db.query<{ id: string }>(insertOutboxMessage, [
      message.to,
      message.userId,
      message.kind,
      message.subject,
      message.body,
      message.language ?? 'nl',
      message.html ?? null,
      JSON.stringify(message.headers ?? {}),
      message.expiresAt ?? null,
    ]);
    return rows[0]!.id;
  },
};
