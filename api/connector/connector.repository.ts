import type { Queryable } from '../shared/db.ts';
import { loadSql } from '../shared/sql.ts';

const sql = {
  listMyAreas: loadSql(import.meta.url, 'sql/list-my-areas.sql'),
  listConsentingResidents: loadSql(import.meta.url, 'sql/list-consenting-residents.sql'),
  listBuurtConnectors: loadSql(import.meta.url, 'sql/list-buurt-connectors.sql'),
};

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
      sql.listMyAreas,
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

  async listConsentingResidents(db: Queryable, connectorId: string) {
    const { rows } = await db.query<{ id: string; display_name: string; buurt_code: string | null; buurt_name: string | null; given_at: Date }>(
      sql.listConsentingResidents,
      [connectorId],
    );
    return rows.map((row) => ({
      id: row.id,
      displayName: row.display_name,
      buurt: row.buurt_code && row.buurt_name ? { code: row.buurt_code, name: row.buurt_name } : null,
      consentGivenAt: row.given_at.toISOString(),
    }));
  },

  async listBuurtConnectors(db: Queryable, buurtCode: string) {
    const { rows } = await db.query<{ id: string; display_name: string }>(sql.listBuurtConnectors, [buurtCode]);
    return rows.map((row) => ({ id: row.id, displayName: row.display_name }));
  },
};
