import type { Queryable } from '../shared/db.ts';
import { loadQueries } from '../shared/sql.ts';

const sql = loadQueries(import.meta.url, ['lock-first-administrator', 'administrator-exists']);

export const setupRepository = {
  async lockFirstAdministrator(db: Queryable): Promise<void> {
    await db.query(sql.lockFirstAdministrator);
  },

  async administratorExists(db: Queryable): Promise<boolean> {
    const { rows } = await db.query<{ found: boolean }>(sql.administratorExists);
    return rows[0]?.found === true;
  },
};
