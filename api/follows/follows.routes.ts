import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errorResponses } from '../shared/errors.schemas.ts';
import { notFound } from '../shared/http-error.ts';
import { followsRepository as repository } from './follows.repository.ts';
import { sendDueDigests } from './digest.service.ts';
import { BuurtParamsSchema } from '../shared/schemas.ts';
import { DigestsSentSchema, FollowedBuurtSchema } from './follows.schemas.ts';

const denied = { 401: errorResponses[401], 403: errorResponses[403] };

/** Following a buurt, and the weekly digest of what is new there (written to the outbox). */
const followsRoutes: FastifyPluginAsyncTypebox = async (app) => {
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
    async (request) =>
      (await repository.list(app.pg.pool, request.user!.id)).map((row) => ({
        code: row.code,
        name: row.name,
        since: row.created_at.toISOString(),
        lastDigestAt: row.last_digest_at.toISOString(),
      })),
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
      if (!(await repository.follow(app.pg.pool, request.user!.id, request.params.code)))
        throw notFound('names no buurt', { field: 'params/code', rule: 'exists' });
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
      await repository.unfollow(app.pg.pool, request.user!.id, request.params.code);
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
    async () => ({ sent: await sendDueDigests(app.pg.pool, app.mailer, app.settings.publicUrl) }),
  );
};

export default followsRoutes;
