import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errorResponses } from '../shared/errors.schemas.ts';
import { BuurtParamsSchema } from '../shared/schemas.ts';
import { DigestsSentSchema, FollowedBuurtSchema } from './follows.schemas.ts';
import { followsService } from './follows.service.ts';

const denied = { 401: errorResponses[401], 403: errorResponses[403] };

/** Following a buurt, and the weekly digest of what is new there (written to the outbox). */
const followsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = followsService({ pool: app.pg.pool, mailer: app.mailer, publicUrl: app.settings.publicUrl });

  app.get(
    '/api/me/follows',
    {
      config: { access: 'user' },
      schema: {
        tags: ['me'],
        summary: 'The buurten I follow (a weekly digest of what is new there)',
        response: { 200: Type.Array(FollowedBuurtSchema), ...denied },
      },
    },
    async (request) => service.list(request.user!.id),
  );

  app.put(
    '/api/me/follows/:code',
    {
      config: { access: 'user' },
      schema: {
        tags: ['me'],
        summary: 'Follow a buurt: a weekly e-mail of its new talents, places and organisations, and suggestions for me',
        params: BuurtParamsSchema,
        response: { 204: Type.Null(), 400: errorResponses[400], 404: errorResponses[404], ...denied },
      },
    },
    async (request, reply) => {
      await service.follow(request.user!.id, request.params.code);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/me/follows/:code',
    {
      config: { access: 'user' },
      schema: {
        tags: ['me'],
        summary: 'Stop following a buurt',
        params: BuurtParamsSchema,
        response: { 204: Type.Null(), 400: errorResponses[400], ...denied },
      },
    },
    async (request, reply) => {
      await service.unfollow(request.user!.id, request.params.code);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/admin/digests',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'Write the weekly digests that are due now (the server also does this every hour)',
        response: { 200: DigestsSentSchema, ...denied },
      },
    },
    async () => ({ sent: await service.sendDueDigests() }),
  );
};

export default followsRoutes;
