import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errorResponses } from '../shared/errors.schemas.ts';
import { badRequest } from '../shared/http-error.ts';
import { taxonomyRepository } from './taxonomy.repository.ts';
import { DomainSchema, NewTagBodySchema } from './taxonomy.schemas.ts';

const taxonomyRoutes: FastifyPluginAsyncTypebox = async (app) => {
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
    async () => taxonomyRepository.list(app.pg.pool),
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
      const domains = await taxonomyRepository.list(app.pg.pool);
      if (!domains.some((domain) => domain.key === request.body.domain)) {
        throw badRequest('body/domain', 'exists', 'is not a domain of the taxonomy');
      }
      // A key that exists already is a 409 from the database (unique key).
      await taxonomyRepository.insertTag(app.pg.pool, request.body, request.user!.id);
      return reply.status(201).send({ key: request.body.key });
    },
  );
};

export default taxonomyRoutes;
