import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errors } from '../shared/errors.schemas.ts';
import { route } from '../shared/routes.ts';
import {
  ChangedTagSchema,
  DomainSchema,
  NewTagBodySchema,
  TagChangeBodySchema,
  TagParamsSchema,
} from './taxonomy.schemas.ts';
import { taxonomyService } from './taxonomy.service.ts';

const taxonomyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = taxonomyService(app.pg.pool);
  app.get(
    '/api/taxonomy',
    route('public', {
      tags: ['assets'],
      summary: 'The domains and tags, in Dutch and English; retired tags are marked (forms no longer offer them)',
      response: { 200: Type.Array(DomainSchema) },
    }),
    async () => service.list(),
  );

  app.post(
    '/api/admin/tags',
    route('admin', {
      tags: ['admin'],
      summary: 'Add a tag to a domain of the taxonomy',
      body: NewTagBodySchema,
      response: { 201: Type.Object({ key: Type.String() }), ...errors(400, 409, 401, 403) },
    }),
    async (request, reply) => {
      await service.addTag(request.body, request.user!.id);
      return reply.status(201).send({ key: request.body.key });
    },
  );

  app.patch(
    '/api/admin/tags/:key',
    route('admin', {
      tags: ['admin'],
      summary: 'Rename a tag, or retire or restore it (items that carry a retired tag keep it)',
      params: TagParamsSchema,
      body: TagChangeBodySchema,
      response: { 200: ChangedTagSchema, ...errors(400, 404, 401, 403) },
    }),
    async (request) => service.changeTag(request.params.key, request.body),
  );
};

export default taxonomyRoutes;
