import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errorResponses } from '../shared/errors.schemas.ts';
import { DomainSchema, NewTagBodySchema } from './taxonomy.schemas.ts';
import { taxonomyService } from './taxonomy.service.ts';

const taxonomyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = taxonomyService(app.pg.pool);
  app.get(
    '/api/taxonomy',
    {
      config: { access: 'public' },
      schema: {
        tags: ['assets'],
        summary: 'The domains and tags, in Dutch and English',
        response: { 200: Type.Array(DomainSchema) },
      },
    },
    async () => service.list(),
  );

  app.post(
    '/api/admin/tags',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'Add a tag to a domain of the taxonomy',
        body: NewTagBodySchema,
        response: {
          201: Type.Object({ key: Type.String() }),
          400: errorResponses[400],
          409: errorResponses[409],
          401: errorResponses[401],
          403: errorResponses[403],
        },
      },
    },
    async (request, reply) => {
      await service.addTag(request.body, request.user!.id);
      return reply.status(201).send({ key: request.body.key });
    },
  );
};

export default taxonomyRoutes;
