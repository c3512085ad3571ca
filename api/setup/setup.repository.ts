import type { Queryable } from '../shared/db.ts';
import type { Language } from '../shared/schemas.ts';
import { loadQueries } from '../shared/sql.ts';

const sql = loadQueries(import.meta.url, ['lock-first-administrator', 'administrator-exists', 'insert-administrator']);

export const setupRepository = {
  async lockFirstAdministrator(db: Queryable): Promise<void> {
    await db.query(sql.lockFirstAdministrator);
  },

  async administratorExists(db: Queryable): Promise<boolean> {
    const { rows } = await db.query<{ found: boolean }>(sql.administratorExists);
    return rows[0]?.found === true;
  },

  /** The new administrator's id; null when the address already has an account. */
  async insertAdministrator(
    db: Queryable,
    account: { email: string; passwordHash: string; displayName: string; language: Language },
  ): Promise<string | null> {
    const { rows } = await db.query<{ id: string }>(sql.insertAdministrator, [
      account.email,
      account.passwordHash,
      account.displayName,
      account.language,
    ]);
    return rows[0]?.id ?? null;
  },
};
