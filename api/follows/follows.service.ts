import type { Pool } from 'pg';
import { notFound } from '../shared/http-error.ts';
import type { Mailer } from '../shared/mailer.ts';
import { sendDueDigests } from './digest.service.ts';
import { followsRepository as repository } from './follows.repository.ts';

export interface FollowsServiceDeps {
  pool: Pool;
  mailer: Mailer;
  /** Where links in e-mails point, e.g. http://localhost:3000 */
  publicUrl: string;
}

/** Following a buurt, and writing the weekly digests that are due. */
export function followsService({ pool, mailer, publicUrl }: FollowsServiceDeps) {
  return {
    async list(userId: string) {
      return (await repository.list(pool, userId)).map((row) => ({
        code: row.code,
        name: row.name,
        since: row.created_at.toISOString(),
        lastDigestAt: row.last_digest_at.toISOString(),
      }));
    },

    async follow(userId: string, buurtCode: string): Promise<void> {
      if (!(await repository.follow(pool, userId, buurtCode)))
        throw notFound('names no buurt', { field: 'params/code', rule: 'exists' });
    },

    unfollow: (userId: string, buurtCode: string) => repository.unfollow(pool, userId, buurtCode),

    /** How many digests were written. */
    sendDueDigests: () => sendDueDigests(pool, mailer, publicUrl),
  };
}
