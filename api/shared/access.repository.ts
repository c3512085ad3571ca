import type { Queryable } from './db.ts';
import { loadSql } from './sql.ts';

const organisationRoleSql = loadSql(import.meta.url, 'sql/organisation-role.sql');

/** What decides who may do what, read by the authorisation plugin and by the features' own checks. */
export const accessRepository = {
  async organisationRole(db: Queryable, organisationId: string, userId: string): Promise<'owner' | 'member' | null> {
    const { rows } = await db.query<{ role: 'owner' | 'member' }>(organisationRoleSql, [organisationId, userId]);
    return rows[0]?.role ?? null;
  },
};
