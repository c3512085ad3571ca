import { ApiError } from '../api/client.ts';

/** The API refused the token from an e-mail link: used already, expired or mistyped. */
export function isRefusedToken(error: unknown): boolean {
  return (
    error instanceof ApiError && error.status === 400 && error.errors.some((problem) => problem.field === 'body/token')
  );
}
