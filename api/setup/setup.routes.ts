import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { SessionUserSchema } from '../auth/auth.schemas.ts';
import { logIn } from '../plugins/auth.ts';
import { errors } from '../shared/errors.schemas.ts';
import { rateLimit } from '../shared/rate-limit.ts';
import { route } from '../shared/routes.ts';
import { ClaimAdministratorBodySchema } from './setup.schemas.ts';
import { setupService } from './setup.service.ts';

// The set-up page's path, where the log sends whoever starts the server.
const SETUP_PAGE = '/inrichten';

const setupRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = setupService(app.pg.pool);

  app.addHook('onReady', async function printSetupCode() {
    const code = await service.issueCode();
    // A warning, so it shows at every log level an operator is likely to run with.
    if (code)
      app.log.warn(
        { setupCode: code },
        `No administrator yet. Open ${app.settings.publicUrl}${SETUP_PAGE} and claim the instance with the set-up code ${code} (valid until used; a new one at each start)`,
      );
  });

  app.post(
    '/api/setup/administrator',
    route(
      'public',
      {
        tags: ['setup'],
        summary: "Claim the first administrator account with the set-up code from the server's log; logs it in",
        body: ClaimAdministratorBodySchema,
        response: { 201: Type.Object({ user: SessionUserSchema }), ...errors(400, 401, 409, 429) },
      },
      // Guessing the code is limited as guessing a password is; per client, as no account is named yet.
      { preHandler: rateLimit('setup', app.settings.rateLimits.login, () => undefined), bodyLimit: 8 * 1024 },
    ),
    async (request, reply) => {
      const userId = await service.claimAdministrator(request.body);
      return reply.status(201).send({ user: await logIn(app, request, userId) });
    },
  );
};

export default setupRoutes;
