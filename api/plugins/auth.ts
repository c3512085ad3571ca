import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import session from '@fastify/session';
import csrf from '@fastify/csrf-protection';
import { UNSUBSCRIBE_PATH } from '../shared/notification-mail.ts';
import { authRepository, type SessionUser } from '../auth/auth.repository.ts';
import { PostgresSessionStore } from '../auth/session-store.ts';

interface AuthPluginOptions {
  /** Signs the session and CSRF cookies; when absent, one is generated on first start and kept in the database. */
  sessionSecret?: string;
  /** Send cookies only over HTTPS (production). */
  secureCookies: boolean;
  sessionMaxAgeMs?: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in account, or null. Set for every request before validation and authorisation. */
    user: SessionUser | null;
  }
}

const SESSION_COOKIE = 'kk_session';
const FOURTEEN_DAYS_MS = 14 * 24 * 60 * 60 * 1000;
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Sessions in an HttpOnly, SameSite=Lax cookie backed by the database (they survive a restart, expire after
 * 14 days, and are revoked by deleting their row), and CSRF protection on every state-changing API request:
 * the browser must send the token from GET /api/auth/csrf-token in the `x-csrf-token` header.
 */
async function authPlugin(app: FastifyInstance, options: AuthPluginOptions) {
  const maxAgeMs = options.sessionMaxAgeMs ?? FOURTEEN_DAYS_MS;
  const secret =
    options.sessionSecret ??
    (await authRepository.getOrCreateSecret(app.pg.pool, 'session', randomBytes(48).toString('base64url')));

  await app.register(cookie, { secret });
  await app.register(session, {
    secret,
    cookieName: SESSION_COOKIE,
    store: new PostgresSessionStore(app.pg.pool, maxAgeMs),
    // No row for visitors who never log in.
    saveUninitialized: false,
    // Path /api: the browser sends the cookie only to the API, so page and asset requests cost no session lookup.
    cookie: { httpOnly: true, sameSite: 'lax', secure: options.secureCookies, path: '/api', maxAge: maxAgeMs },
  });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'kk_csrf',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'strict', secure: options.secureCookies, path: '/api' },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });

  app.decorateRequest('user', null);
  app.addHook('onRequest', async function checkCsrf(request, reply) {
    // Decided by the route that matched, not by the text of the URL, so no spelling of a target slips past.
    if (!UNSAFE_METHODS.has(request.method) || !isApiRoute(request)) return;
    // The one exception: a mail client's one-click unsubscribe (RFC 8058) has no session and no CSRF token. The
    // single-use token in its URL is the authority, and all it can do is stop a kind of mail.
    if (request.method === 'POST' && request.routeOptions.url === UNSUBSCRIBE_PATH) return;
    await new Promise<void>((resolve, reject) => {
      app.csrfProtection(request, reply, (error?: Error) => (error ? reject(error) : resolve()));
    });
  });
  app.addHook('onRequest', async function loadUser(request) {
    const userId = isApiRoute(request) ? request.session.userId : undefined;
    if (!userId) return;
    request.user = await authRepository.findSessionUser(app.pg.pool, userId);
    // The account was deleted elsewhere: this session is worth nothing now.
    if (!request.user) await request.session.destroy();
  });
}

/**
 * Logs the request's client in as the account: a new session id, so an id planted before log-in is worth nothing
 * (session fixation). Answers the account as its session shows it.
 */
export async function logIn(app: FastifyInstance, request: FastifyRequest, userId: string): Promise<SessionUser> {
  await request.session.regenerate();
  request.session.userId = userId;
  request.session.userAgent = request.headers['user-agent']?.slice(0, 300);
  request.user = await authRepository.findSessionUser(app.pg.pool, userId);
  return request.user!;
}

/** A request that matched one of the API's routes (not a page, a file or a 404). */
function isApiRoute(request: FastifyRequest): boolean {
  return request.routeOptions.url?.startsWith('/api/') ?? false;
}

export default fp(authPlugin, { name: 'auth', dependencies: ['database', 'errors'] });
