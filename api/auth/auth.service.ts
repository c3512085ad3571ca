import type { PostgresDb } from '@fastify/postgres';
import { inTransaction } from '../shared/transaction.ts';
import type { Mailer } from '../shared/mailer.ts';
import { hashToken, newToken } from '../shared/tokens.ts';
import type { Queryable } from '../shared/db.ts';
import { badRequest, unauthorized } from '../shared/http-error.ts';
import { authRepository, type Language, type SessionUser, type TokenPurpose } from './auth.repository.ts';
import { passwordResetMessage, signupAttemptMessage, welcomeMessage, type MessageText } from './messages.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

const VERIFY_LINK_SECONDS = 7 * 24 * 3600;
const RESET_LINK_SECONDS = 3600;

export interface AuthServiceDeps {
  pg: PostgresDb;
  mailer: Mailer;
  /** Where links in e-mails point, e.g. http://localhost:3000 */
  publicUrl: string;
}

export type { SessionUser };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Inserts an account in the caller's transaction: its id, or null when the address already has one. Sign-up makes a
 * resident's account; set-up the instance's first administrator.
 */
export function insertAccount(db: Queryable, account: Parameters<typeof authRepository.insertUser>[1]) {
  return authRepository.insertUser(db, account);
}

export function authService({ pg, mailer, publicUrl }: AuthServiceDeps) {
  const LINKS = {
    email_verification: { path: '/bevestigen', lifetimeSeconds: VERIFY_LINK_SECONDS },
    password_reset: { path: '/wachtwoord-herstellen', lifetimeSeconds: RESET_LINK_SECONDS },
  } as const;

  /**
   * Stores a single-use token (hashed) for the user and returns the link that carries it, and when it expires: the
   * mail with the link expires then too, so a stale link is never delivered late.
   */
  async function issueLink(
    client: Queryable,
    userId: string,
    purpose: TokenPurpose,
  ): Promise<{ url: string; expiresAt: Date }> {
    const token = newToken();
    const { path, lifetimeSeconds } = LINKS[purpose];
    const expiresAt = await authRepository.insertAuthToken(client, hashToken(token), userId, purpose, lifetimeSeconds);
    return { url: `${publicUrl}${path}?token=${encodeURIComponent(token)}`, expiresAt };
  }

  /** Issues the link and writes the mail with it, in the account's language, expiring with the link. */
  async function mailLink(
    client: Queryable,
    to: { email: string; userId: string; language: Language },
    link: { purpose: TokenPurpose; kind: string; text: (url: string) => MessageText },
  ): Promise<void> {
    const { url, expiresAt } = await issueLink(client, to.userId, link.purpose);
    await mailer.send(
      { to: to.email, userId: to.userId, kind: link.kind, language: to.language, expiresAt, ...link.text(url) },
      client,
    );
  }

  /** Mails the account of `email`, when there is one, a password reset link in a message of `kind`. */
  async function mailResetLinkIfAccount(
    client: Queryable,
    email: string,
    kind: 'signup_attempt' | 'password_reset',
    text: (language: Language, url: string) => MessageText,
  ): Promise<void> {
    const account = await authRepository.findUserByEmail(client, email);
    if (!account) return;
    await mailLink(
      client,
      { email, userId: account.id, language: account.language },
      { purpose: 'password_reset', kind, text: (url) => text(account.language, url) },
    );
  }

  return {
    /**
     * Creates the account and writes a welcome message with a confirmation link. When the address already has an
     * account, nothing changes and its owner gets a message instead: the caller answers the same either way.
     */
    async signup(input: { email: string; password: string; displayName: string; language: Language }): Promise<void> {
      const email = normaliseEmail(input.email);
      // Hash first, in both cases, so the response time does not tell whether the address exists.
      const passwordHash = await hashPassword(input.password);
      await inTransaction(pg.pool, async (client) => {
        const userId = await authRepository.insertUser(client, {
          ...input,
          email,
          displayName: input.displayName.trim(),
          passwordHash,
        });
        if (userId) {
          await mailLink(
            client,
            { email, userId, language: input.language },
            {
              purpose: 'email_verification',
              kind: 'welcome',
              text: (url) => welcomeMessage(input.language, input.displayName.trim(), url),
            },
          );
          return;
        }
        await mailResetLinkIfAccount(client, email, 'signup_attempt', signupAttemptMessage);
      });
    },

    /** The account of the e-mail address and password, as its session shows it; 401 when they do not match (as slow). */
    async login(emailInput: string, password: string): Promise<SessionUser> {
      const account = await authRepository.findUserForLogin(pg.pool, normaliseEmail(emailInput));
      const ok = await verifyPassword(account?.passwordHash ?? null, password);
      const user = ok && account ? await authRepository.findSessionUser(pg.pool, account.id) : null;
      if (!user) throw unauthorized('This e-mail address and password do not match an account.');
      await authRepository.deleteExpiredSessions(pg.pool);
      return user;
    },

    /** Writes a reset link when the address has an account; does nothing otherwise. */
    async requestPasswordReset(emailInput: string): Promise<void> {
      const email = normaliseEmail(emailInput);
      await inTransaction(pg.pool, async (client) => {
        await mailResetLinkIfAccount(client, email, 'password_reset', passwordResetMessage);
      });
    },

    /** Sets the new password with a reset link's token and ends every session; 400 when the token is not valid (any more). */
    async resetPassword(token: string, password: string): Promise<void> {
      const passwordHash = await hashPassword(password);
      const done = await inTransaction(pg.pool, async (client) => {
        const userId = await authRepository.useAuthToken(client, hashToken(token), 'password_reset');
        if (!userId) return false;
        await authRepository.updatePassword(client, userId, passwordHash);
        // Opening the link proves the address too.
        await authRepository.markEmailVerified(client, userId);
        await authRepository.deleteUserSessions(client, userId);
        return true;
      });
      if (!done)
        throw badRequest(
          'body/token',
          'valid',
          'is not valid: it was used already, has expired or is mistyped. Ask for a new link.',
        );
    },

    /** Confirms the e-mail address with the welcome message's token; 400 when the token is not (or no longer) valid. */
    async verifyEmail(token: string): Promise<void> {
      const done = await inTransaction(pg.pool, async (client) => {
        const userId = await authRepository.useAuthToken(client, hashToken(token), 'email_verification');
        if (!userId) return false;
        await authRepository.markEmailVerified(client, userId);
        return true;
      });
      if (!done)
        throw badRequest('body/token', 'valid', 'is not valid: it was used already, has expired or is mistyped.');
    },

    /** True when `password` is the account's password (to confirm a change or a deletion). */
    async checkPassword(userId: string, password: string): Promise<boolean> {
      return verifyPassword(await authRepository.findPasswordHash(pg.pool, userId), password);
    },

    /** Changes the password of a logged-in account after checking the current one; ends its other sessions. */
    async changePassword(
      userId: string,
      currentSessionIdHash: string,
      current: string,
      next: string,
    ): Promise<boolean> {
      if (!(await this.checkPassword(userId, current))) return false;
      const passwordHash = await hashPassword(next);
      await inTransaction(pg.pool, async (client) => {
        await authRepository.updatePassword(client, userId, passwordHash);
        await authRepository.deleteUserSessions(client, userId, currentSessionIdHash);
      });
      return true;
    },
  };
}

export type AuthService = ReturnType<typeof authService>;
