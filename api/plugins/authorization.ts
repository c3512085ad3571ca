import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { forbidden, unauthorized } from '../shared/http-error.ts';
import { organisationRole as roleIn } from '../shared/access.ts';

/**
 * Who may call a route. Every route names one in `config.access`; a route without one is refused.
 * - `public`: anyone, logged in or not
 * - `user`: any logged-in account (what it may touch is then limited to its own data by the repository)
 * - `connector`: an account with at least one connector area (per-area checks happen where an area is named)
 * - `organisation-member` / `organisation-owner`: member / owner of the organisation in the `id` route parameter
 * - `admin`: an administrator
 */
type Access = 'public' | 'user' | 'connector' | 'organisation-member' | 'organisation-owner' | 'admin';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

type Rule = (request: FastifyRequest, app: FastifyInstance) => Promise<boolean> | boolean;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function organisationRole(request: FastifyRequest, app: FastifyInstance): Promise<string | null> {
  // Authorisation runs before validation, so the parameter may be anything: only a uuid can name an organisation.
  const organisationId = (request.params as { id?: string }).id;
  if (!organisationId || !UUID.test(organisationId) || !request.user) return null;
  return roleIn(app.pg.pool, organisationId, request.user.id);
}

const RULES: Record<Exclude<Access, 'public'>, Rule> = {
  user: () => true,
  connector: (request) => request.user!.isConnector,
  admin: (request) => request.user!.isAdmin,
  'organisation-member': async (request, app) => (await organisationRole(request, app)) !== null,
  'organisation-owner': async (request, app) => (await organisationRole(request, app)) === 'owner',
};

/**
 * The one place where routes are allowed or refused. It runs before validation, so someone who may not call a
 * route learns nothing about what the route expects.
 */
async function authorizationPlugin(app: FastifyInstance) {
  app.addHook('preValidation', async function authorize(request) {
    const access = request.routeOptions.config.access;
    // Routes without a rule (a forgotten one, or a plugin's own route such as the static files) fall through to
    // the checks below; only explicitly public routes and unmatched URLs (404) pass without a user.
    if (access === 'public' || request.is404) return;
    if (access === undefined) {
      if (isInfrastructureRoute(request)) return;
      request.log.error({ route: request.routeOptions.url }, 'route has no access rule');
      throw forbidden('This route has no access rule, so it is refused.');
    }
    if (!request.user) throw unauthorized('Log in to do this.');
    if (!(await RULES[access](request, app))) throw forbidden('Your account may not do this.');
  });
}

/** The web app's static files and the API docs belong to plugins; they serve only public, read-only content. */
function isInfrastructureRoute(request: FastifyRequest): boolean {
  const url = request.routeOptions.url ?? '';
  return (
    (request.method === 'GET' || request.method === 'HEAD') && (url === '/*' || url === '/' || url.startsWith('/docs'))
  );
}

export default fp(authorizationPlugin, { name: 'authorization', dependencies: ['auth'] });
