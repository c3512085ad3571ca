import type { Queryable } from '../shared/db.ts';
import { loadSql } from '../shared/sql.ts';

const listMyAreasSql = loadSql(import.meta.url, 'sql/list-my-areas.sql');

export interface ConnectorArea {
  id: string;
  type: 'buurt' | 'wijk';
  code: string;
  name: string;
  buurtCount: number;
  grantedAt: string;
}

export const connectorRepository = {
  async listAreas(db: Queryable, userId: string): Promise<ConnectorArea[]> {
    const { rows } = await db.query<{ id: string; type: 'buurt' | 'wijk'; code: string; name: string; buurt_count: number; granted_at: Date }>(
      listMyAreasSql,
      [userId],
    );
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      code: row.code,
      name: row.name,
      buurtCount: row.buurt_count,
      grantedAt: row.granted_at.toISOString(),
    }));
  },
};
