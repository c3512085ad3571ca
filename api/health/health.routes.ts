import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../shared/errors.schemas.ts';
import { HealthSchema } from './health.schemas.ts';
import { healthRepository } from './health.repository.ts';

const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Is the API up, and which database does it use?',
        response: { 200: HealthSchema, 500: errorResponses[500] },
      },
    },
    async () => ({
      status: 'ok' as const,
      database: app.database.kind,
      postgis: await healthRepository.postgisVersion(app.pg.pool),
    }),
  );
};

export default healthRoutes;
