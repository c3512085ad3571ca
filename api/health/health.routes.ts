import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../shared/errors.schemas.ts';
import { HealthSchema } from './health.schemas.ts';
import { healthService } from './health.service.ts';

const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = healthService(app.pg.pool, app.database.kind);
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
    async () => service.status(),
  );
};

export default healthRoutes;
