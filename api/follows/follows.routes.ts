import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errors } from '../shared/errors.schemas.ts';
import { route, switchRoutes } from '../shared/routes.ts';
import { BuurtParamsSchema } from '../shared/schemas.ts';
import { DigestsSentSchema, FollowedBuurtSchema } from './follows.schemas.ts';
import { followsService } from './follows.service.ts';

/** Following a buurt, and the weekly digest of what is new there (written to the outbox). */
const followsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = followsService({ pool: app.pg.pool, mailer: app.mailer, publicUrl: app.settings.publicUrl });

  app.get(
    '/api/me/follows',
    route('user', {
      tags: ['me'],
      summary: 'The buurten I follow (a weekly digest of what is new there)',
      response: { 200: Type.Array(FollowedBuurtSchema), ...errors(401, 403) },
    }),
    async (request) => service.list(request.user!.id),
  );

  switchRoutes(app, '/api/me/follows/:code', {
    tags: ['me'],
    params: BuurtParamsSchema,
    on: {
      summary: 'Follow a buurt: a weekly e-mail of its new talents, places and organisations, and suggestions for me',
      change: (userId, { code }) => service.follow(userId, code),
    },
    off: { summary: 'Stop following a buurt', change: (userId, { code }) => service.unfollow(userId, code) },
  });

  app.post(
    '/api/admin/digests',
    route('admin', {
      tags: ['admin'],
      summary: 'Write the weekly digests that are due now (the server also does this every hour)',
      response: { 200: DigestsSentSchema, ...errors(401, 403) },
    }),
    async () => ({ sent: await service.sendDueDigests() }),
  );
};

export default followsRoutes;
