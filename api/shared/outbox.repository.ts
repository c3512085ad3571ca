import type { Queryable } from './db.ts';
import { loadSql } from './sql.ts';

const insertOutboxMessage = loadSql(import.meta.url, 'sql/insert-outbox-message.sql');

export const outboxRepository = {
  async insert(
    db: Queryable,
    message: { to: string; userId: string | null; kind: string; subject: string; body: string },
  ) {
    await db.query(insertOutboxMessage, [message.to, message.userId, message.kind, message.subject, message.body]);
  },
};
