import type { Queryable } from '../shared/db.ts';
import { loadSql } from '../shared/sql.ts';

const postgisVersionSql = loadSql(import.meta.url, 'sql/postgis-version.sql');

export const healthRepository = {
  async postgisVersion(db: Queryable): Promise<string> {
    const result = await db.query<{ version: string }>(postgisVersionSql);
    return result.rows[0]?.version ?? 'unknown';
  },
};
