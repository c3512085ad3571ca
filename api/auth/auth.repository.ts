import { firstRow, type Queryable } from '../shared/db.ts';
import { loadQueries } from '../shared/sql.ts';

const sql = loadQueries(import.meta.url, [
  'get-or-create-secret',
  'find-password-hash',
  'find-user-for-login',
  'find-user-by-email',
  'find-session-user',
  'insert-user',
  'insert-auth-token',
  'use-auth-token',
  'update-password',
  'mark-email-verified',
  'delete-user-sessions',
  'save-session',
  'find-session',
  'delete-session',
  'delete-expired-sessions',
]);

export type Language = 'nl' | 'en';
export type TokenPurpose = 'password_reset' | 'email_verification';

export interface SessionUser {
  id: string;
  displayName: string;
  language: Language;
  isAdmin: boolean;
  isConnector: boolean;
}

export const authRepository = {
  async getOrCreateSecret(db: Queryable, name: string, freshValue: string): Promise<string> {
    const { rows } = await db.query<{ value: string }>(sql.getOrCreateSecret, [name, freshValue]);
    return rows[0]!.value;
  },

  async findUserForLogin(db: Queryable, email: string): Promise<{ id: string; passwordHash: string } | null> {
    return firstRow<{ id: string; passwordHash: string }>(db, sql.findUserForLogin, [email]);
  },

  async findPasswordHash(db: Queryable, userId: string): Promise<string | null> {
    const { rows } = await db.query<{ password_hash: string }>(sql.findPasswordHash, [userId]);
    return rows[0]?.password_hash ?? null;
  },

  async findUserByEmail(
    db: Queryable,
    email: string,
  ): Promise<{ id: string; language: Language; displayName: string } | null> {
    return firstRow<{ id: string; language: Language; displayName: string }>(db, sql.findUserByEmail, [email]);
  },

  async findSessionUser(db: Queryable, userId: string): Promise<SessionUser | null> {
    return firstRow<SessionUser>(db, sql.findSessionUser, [userId]);
  },

  /**
   * The new user's id, or null when the address already has an account. The instance's first administrator is made
   * here too: an administrator whose address counts as confirmed (see insert-user.sql).
   */
  async insertUser(
    db: Queryable,
    user: {
      email: string;
      passwordHash: string;
      displayName: string;
      language: Language;
      firstAdministrator?: boolean;
    },
  ): Promise<string | null> {
    const { rows } = await db.query<{ id: string }>(sql.insertUser, [
      user.email,
      user.passwordHash,
      user.displayName,
      user.language,
      user.firstAdministrator === true,
    ]);
    return rows[0]?.id ?? null;
  },

  async insertAuthToken(
    db: Queryable,
    tokenHash: string,
    userId: string,
    purpose: TokenPurpose,
    lifetimeSeconds: number,
  ): Promise<Date> {
    const { rows } = await db.query<{ expires_at: Date }>(sql.insertAuthToken, [
      tokenHash,
      userId,
      purpose,
      lifetimeSeconds,
    ]);
    return rows[0]!.expires_at;
  },

  /** The user the link was for, if it is valid, unused and unexpired; it is used up by this call. */
  async useAuthToken(db: Queryable, tokenHash: string, purpose: TokenPurpose): Promise<string | null> {
    const { rows } = await db.query<{ user_id: string }>(sql.useAuthToken, [tokenHash, purpose]);
    return rows[0]?.user_id ?? null;
  },

  async updatePassword(db: Queryable, userId: string, passwordHash: string) {
    await db.query(sql.updatePassword, [userId, passwordHash]);
  },

  async markEmailVerified(db: Queryable, userId: string) {
    await db.query(sql.markEmailVerified, [userId]);
  },

  /** Ends all sessions of the user, or all but `keepIdHash`. */
  async deleteUserSessions(db: Queryable, userId: string, keepIdHash: string | null = null) {
    await db.query(sql.deleteUserSessions, [userId, keepIdHash]);
  },

  async saveSession(
    db: Queryable,
    session: { idHash: string; userId: string | null; data: unknown; userAgent: string | null; expiresAt: Date },
  ) {
    await db.query(sql.saveSession, [
      session.idHash,
      session.userId,
      JSON.stringify(session.data),
      session.userAgent,
      session.expiresAt,
    ]);
  },

  async findSession(db: Queryable, idHash: string): Promise<unknown | null> {
    const { rows } = await db.query<{ data: unknown }>(sql.findSession, [idHash]);
    return rows[0]?.data ?? null;
  },

  async deleteSession(db: Queryable, idHash: string) {
    await db.query(sql.deleteSession, [idHash]);
  },

  async deleteExpiredSessions(db: Queryable) {
    await db.query(sql.deleteExpiredSessions);
  },
};
