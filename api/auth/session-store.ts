import type { Session } from 'fastify';
import type { SessionStore } from '@fastify/session';
import type { Pool } from 'pg';
import { hashToken } from '../shared/tokens.ts';
import { authRepository } from './auth.repository.ts';

declare module 'fastify' {
  interface Session {
    userId?: string;
    userAgent?: string;
  }
}

/** Keeps @fastify/session's sessions in the `sessions` table, keyed by a hash of the id, so they survive a restart. */
export class PostgresSessionStore implements SessionStore {
  constructor(
    private readonly pool: Pool,
    private readonly maxAgeMs: number,
  ) {}

  set(sessionId: string, session: Session, callback: (error?: unknown) => void): void {
    const expires = session.cookie.expires ? new Date(session.cookie.expires) : new Date(Date.now() + this.maxAgeMs);
    authRepository
      .saveSession(this.pool, {
        idHash: hashToken(sessionId),
        userId: session.userId ?? null,
        data: session,
        userAgent: session.userAgent ?? null,
        expiresAt: expires,
      })
      .then(() => callback(), callback);
  }

  get(sessionId: string, callback: (error: unknown, session?: Session | null) => void): void {
    authRepository.findSession(this.pool, hashToken(sessionId)).then(
      (data) => callback(null, (data as Session | null) ?? null),
      (error) => callback(error),
    );
  }

  destroy(sessionId: string, callback: (error?: unknown) => void): void {
    authRepository.deleteSession(this.pool, hashToken(sessionId)).then(() => callback(), callback);
  }
}
