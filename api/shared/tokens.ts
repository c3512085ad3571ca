import { createHash, randomBytes } from 'node:crypto';

/** A random token for a link or a cookie: 32 bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as this hash, so a copy of the database opens no session and resets no password. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
