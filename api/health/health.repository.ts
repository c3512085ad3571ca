import type { Pool } from 'pg';
import { loadSql } from '../shared/sql.ts';

const postgisVersionSql = loadSql(import.meta.url, 'sql/postgis-version.sql');

export function healthRepository(db: Pool) {
  return {
    async postgisVersion(): Promise<string> {
      const result = await db.query<{ version: string }>(postgisVersionSql);
      return result.rows[0]?.version ?? 'unknown';
    },
  };
}
