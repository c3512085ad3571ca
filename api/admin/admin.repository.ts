import type { Static } from '@sinclair/typebox';
import { firstRow, type Queryable, type RowOf } from '../shared/db.ts';
import { loadQueries } from '../shared/sql.ts';
import type {
  AdminUserSchema,
  OutboxMessageSchema,
  OutboxStatusSchema,
  PickableAreaSchema,
  ReportSchema,
} from './admin.schemas.ts';

const sql = loadQueries(import.meta.url, [
  'list-outbox',
  'list-users',
  'grant-connector-area',
  'revoke-connector-area',
  'list-reports',
  'handle-report',
  'area-exists',
  'set-admin',
  'set-user-admin',
  'lock-admins',
  'list-areas',
  'resend-outbox-message',
]);

export const adminRepository = {
  /** The newest `limit` messages (of one status, or all); the bodies of `withheldKinds` are null. */
  async listOutbox(
    db: Queryable,
    limit: number,
    status: Static<typeof OutboxStatusSchema> | undefined,
    withheldKinds: readonly string[],
  ): Promise<Static<typeof OutboxMessageSchema>[]> {
    const { rows } = await db.query<
      RowOf<Static<typeof OutboxMessageSchema>, 'createdAt' | 'sentAt' | 'nextAttemptAt'>
    >(sql.listOutbox, [limit, status ?? null, withheldKinds]);
    return rows.map((row) => ({
      ...row,
      nextAttemptAt: row.nextAttemptAt.toISOString(),
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
    }));
  },

  /** Queues a message again; null when there is none with this id, resent false when it is being sent right now. */
  async resendOutboxMessage(db: Queryable, id: string): Promise<{ previousStatus: string; resent: boolean } | null> {
    return firstRow(db, sql.resendOutboxMessage, [id]);
  },

  async listUsers(db: Queryable, query: string | undefined, limit: number): Promise<Static<typeof AdminUserSchema>[]> {
    const { rows } = await db.query<RowOf<Static<typeof AdminUserSchema>, 'createdAt'>>(sql.listUsers, [
      query ?? null,
      limit,
    ]);
    return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
  },

  async areaExists(db: Queryable, code: string): Promise<boolean> {
    const { rows } = await db.query<{ found: boolean }>(sql.areaExists, [code]);
    return rows[0]?.found === true;
  },

  /** The grant's id, or null when the user does not exist. */
  async grantConnectorArea(db: Queryable, userId: string, areaCode: string, grantedBy: string): Promise<string | null> {
    const isBuurt = areaCode.startsWith('BU');
    const { rows } = await db.query<{ id: string }>(sql.grantConnectorArea, [
      userId,
      isBuurt ? areaCode : null,
      isBuurt ? null : areaCode,
      grantedBy,
    ]);
    return rows[0]?.id ?? null;
  },

  async revokeConnectorArea(db: Queryable, userId: string, grantId: string): Promise<boolean> {
    const { rowCount } = await db.query(sql.revokeConnectorArea, [userId, grantId]);
    return (rowCount ?? 0) > 0;
  },

  /** For the command line: makes the account with this e-mail an admin. False when there is none. */
  async makeAdmin(db: Queryable, email: string): Promise<boolean> {
    const { rowCount } = await db.query(sql.setAdmin, [email.trim().toLowerCase()]);
    return (rowCount ?? 0) > 0;
  },

  /** The administrators' ids, locked until the transaction of `db` ends. */
  async lockAdmins(db: Queryable): Promise<string[]> {
    const { rows } = await db.query<{ id: string }>(sql.lockAdmins);
    return rows.map((row) => row.id);
  },

  /** false: there is no account with this id. */
  async setUserAdmin(db: Queryable, userId: string, isAdmin: boolean): Promise<boolean> {
    return (await db.query(sql.setUserAdmin, [userId, isAdmin])).rowCount === 1;
  },

  async listAreas(db: Queryable): Promise<Static<typeof PickableAreaSchema>[]> {
    const { rows } = await db.query<{
      type: 'buurt' | 'wijk';
      code: string;
      name: string;
      wijk_code: string | null;
      wijk_name: string | null;
      municipality_code: string;
      municipality_name: string;
    }>(sql.listAreas);
    return rows.map((row) => ({
      type: row.type,
      code: row.code,
      name: row.name,
      wijk: row.wijk_code === null ? null : { code: row.wijk_code, name: row.wijk_name! },
      municipality: { code: row.municipality_code, name: row.municipality_name },
    }));
  },

  async listReports(db: Queryable): Promise<Static<typeof ReportSchema>[]> {
    const { rows } = await db.query<RowOf<Static<typeof ReportSchema>, 'createdAt' | 'handledAt'>>(sql.listReports);
    return rows.map((row) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      handledAt: row.handledAt?.toISOString() ?? null,
    }));
  },

  /** false: there is no such report. */
  async handleReport(db: Queryable, id: string, adminId: string): Promise<boolean> {
    return (await db.query(sql.handleReport, [id, adminId])).rowCount === 1;
  },
};
