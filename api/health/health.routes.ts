import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errors } from '../shared/errors.schemas.ts';
import { route } from '../shared/routes.ts';
import { HealthSchema } from './health.schemas.ts';
import { healthService } from './health.service.ts';

const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = healthService(app.pg.pool, app.database.kind);
  app.get(
    '/api/health',
    route('public', {
      tags: ['system'],
      summary: 'Is the API up, and which database does it use?',
      response: { 200: HealthSchema, ...errors(500) },
    }),
    async () => service.status(),
  );
};

export default healthRoutes;
