import type { Queryable } from '../shared/db.ts';
import { loadQueries } from '../shared/sql.ts';
import { COUNTED_ACCOUNT_MIN_AGE_DAYS, K_ANONYMITY } from '../shared/policy.ts';

const sql = loadQueries(import.meta.url, [
  'list-follows',
  'insert-follow',
  'buurt-exists',
  'delete-follow',
  'due-digests',
  'buurt-news',
  'mark-digested',
]);

export interface DueDigest {
  user_id: string;
  email: string;
  display_name: string;
  language: 'nl' | 'en';
  buurten: { code: string; name: string; since: string }[];
}

export interface NewsRow {
  what: 'talent' | 'place' | 'thing' | 'story' | 'organisation';
  title: string;
  n: number;
}

export const followsRepository = {
  async list(db: Queryable, userId: string) {
    return (
      await db.query<{ code: string; name: string; created_at: Date; last_digest_at: Date }>(sql.listFollows, [userId])
    ).rows;
  },

  /** false: there is no such buurt. */
  async follow(db: Queryable, userId: string, buurtCode: string): Promise<boolean> {
    await db.query(sql.insertFollow, [userId, buurtCode]);
    return (await db.query<{ exists: boolean }>(sql.buurtExists, [buurtCode])).rows[0]!.exists;
  },

  async unfollow(db: Queryable, userId: string, buurtCode: string): Promise<void> {
    await db.query(sql.deleteFollow, [userId, buurtCode]);
  },

  /** `people`: only these followers (a test on a shared database), or everyone when null. */
  async dueDigests(db: Queryable, now: Date, limit: number, people: string[] | null = null): Promise<DueDigest[]> {
    return (await db.query<DueDigest>(sql.dueDigests, [now, limit, people])).rows;
  },

  async buurtNews(db: Queryable, buurtCode: string, since: string, language: 'nl' | 'en'): Promise<NewsRow[]> {
    return (
      await db.query<NewsRow>(sql.buurtNews, [buurtCode, since, language, K_ANONYMITY, COUNTED_ACCOUNT_MIN_AGE_DAYS])
    ).rows;
  },

  async markDigested(db: Queryable, userId: string, now: Date, buurtCodes: string[]): Promise<void> {
    await db.query(sql.markDigested, [userId, now, buurtCodes]);
  },
};
