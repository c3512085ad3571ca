import type { AcceptedSchema, Session, SessionUserSchema, SignupBody } from '../../../api/auth/auth.schemas.ts';
import type { Static } from '@sinclair/typebox';
import { ApiError, LOGIN_PATH, request } from './client.ts';

export type SessionUser = Static<typeof SessionUserSchema>;
export type AccountLanguage = SessionUser['language'];
/** The web always says which language the new account speaks. */
export type SignupInput = Required<SignupBody>;
type Accepted = Static<typeof AcceptedSchema>;

export async function getSession(signal?: AbortSignal): Promise<SessionUser | null> {
  return (await request<Session>('GET', '/api/auth/session', { signal })).user;
}

export async function signUp(input: SignupInput): Promise<void> {
  await request<Accepted>('POST', '/api/auth/signup', { body: input });
}

export async function logIn(email: string, password: string): Promise<SessionUser> {
  const session = await request<Session>('POST', LOGIN_PATH, { body: { email, password } });
  if (session.user === null) throw new ApiError(401, 'The API logged nobody in.');
  return session.user;
}

export function logOut(): Promise<void> {
  return request('POST', '/api/auth/logout');
}

export async function requestPasswordReset(email: string): Promise<void> {
  await request<Accepted>('POST', '/api/auth/password-reset', { body: { email } });
}

export function confirmPasswordReset(token: string, password: string): Promise<void> {
  return request('POST', '/api/auth/password-reset/confirm', { body: { token, password } });
}

export function verifyEmail(token: string): Promise<void> {
  return request('POST', '/api/auth/verify-email', { body: { token } });
}
