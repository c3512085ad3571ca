import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errors } from '../shared/errors.schemas.ts';
import { created, noContent, route, switchRoutes } from '../shared/routes.ts';
import { CreatedSchema, IdParamsSchema, UuidSchema } from '../shared/schemas.ts';
import {
  AnswerBodySchema,
  AnswerResultSchema,
  BlockedAccountSchema,
  ConnectorIntroductionBodySchema,
  IntroductionBodySchema,
  IntroductionDetailSchema,
  IntroductionSchema,
  MessageBodySchema,
  NotificationsSchema,
  ReportBodySchema,
} from './introductions.schemas.ts';
import { introductionsService } from './introductions.service.ts';

const UserParams = Type.Object({ userId: UuidSchema });
const writeErrors = errors(400, 404, 409, 401, 403);

/**
 * Warm introductions by double opt-in, their message threads, the bell, blocks and reports. Every write is one
 * transaction; the rules are in introductions.service.ts.
 */
const introductionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(IntroductionSchema);
  const service = introductionsService(app.pg.pool, () => app.settings.introductionsPerDay);

  app.get(
    '/api/introductions',
    route('user', {
      tags: ['introductions'],
      summary:
        'My introductions: asked by me or of me, for me or an organisation I belong to, or made by me as a connector',
      response: { 200: Type.Array(Type.Ref(IntroductionSchema)), ...errors(401, 403) },
    }),
    async (request) => service.list(request.user!.id),
  );

  app.post(
    '/api/introductions',
    route('user', {
      tags: ['introductions'],
      summary: 'Ask to be introduced (for me or for an organisation I belong to); the other side accepts or declines',
      body: IntroductionBodySchema,
      response: { 201: CreatedSchema, ...writeErrors, ...errors(429) },
    }),
    async (request, reply) => created(reply, service.request(request.user!.id, request.body)),
  );

  app.post(
    '/api/connector/introductions',
    route('connector', {
      tags: ['introductions', 'connector'],
      summary: 'Introduce two residents or organisations of my areas to each other; both must accept',
      body: ConnectorIntroductionBodySchema,
      response: { 201: CreatedSchema, ...writeErrors, ...errors(429) },
    }),
    async (request, reply) => created(reply, service.introduce(request.user!.id, request.body)),
  );

  app.get(
    '/api/introductions/:id',
    route('user', {
      tags: ['introductions'],
      summary: 'One introduction with its thread (marks its notifications read)',
      params: IdParamsSchema,
      response: { 200: IntroductionDetailSchema, ...errors(400, 404, 401, 403) },
    }),
    async (request) => service.detail(request.params.id, request.user!.id),
  );

  app.post(
    '/api/introductions/:id/answer',
    route('user', {
      tags: ['introductions'],
      summary: 'Accept or decline an introduction for my side (a decline is quiet: nobody is notified)',
      params: IdParamsSchema,
      body: AnswerBodySchema,
      response: { 200: AnswerResultSchema, ...writeErrors },
    }),
    async (request) => ({ status: await service.answer(request.params.id, request.user!.id, request.body.answer) }),
  );

  app.post(
    '/api/introductions/:id/met',
    route('user', {
      tags: ['introductions'],
      summary: 'Confirm that we met (counts in the connector’s figures)',
      params: IdParamsSchema,
      response: { 204: Type.Null(), ...writeErrors },
    }),
    async (request, reply) => noContent(reply, service.markMet(request.params.id, request.user!.id)),
  );

  app.post(
    '/api/introductions/:id/messages',
    route('user', {
      tags: ['introductions'],
      summary: 'Write in the thread of an accepted introduction',
      params: IdParamsSchema,
      body: MessageBodySchema,
      response: { 201: CreatedSchema, ...writeErrors },
    }),
    async (request, reply) =>
      created(reply, service.postMessage(request.params.id, request.user!.id, request.body.body)),
  );

  app.post(
    '/api/reports',
    route('user', {
      tags: ['introductions'],
      summary:
        'Report an introduction request or a message to the administrators (optionally also blocking its author)',
      body: ReportBodySchema,
      response: { 201: CreatedSchema, ...errors(400, 404, 401, 403) },
    }),
    async (request, reply) => created(reply, service.report(request.user!.id, request.body)),
  );

  app.get(
    '/api/me/blocks',
    route('user', {
      tags: ['introductions', 'me'],
      summary: 'The accounts I blocked',
      response: { 200: Type.Array(BlockedAccountSchema), ...errors(401, 403) },
    }),
    async (request) => service.blocks(request.user!.id),
  );

  switchRoutes(app, '/api/me/blocks/:userId', {
    tags: ['introductions', 'me'],
    params: UserParams,
    on: {
      summary: 'Block an account: it can no longer ask me for introductions or write to me (it is not told)',
      change: (userId, params) => service.block(userId, params.userId),
    },
    off: { summary: 'Unblock an account', change: (userId, params) => service.unblock(userId, params.userId) },
  });

  app.get(
    '/api/me/notifications',
    route('user', {
      tags: ['introductions', 'me'],
      summary: 'The bell: my newest notifications and how many are unread',
      response: { 200: NotificationsSchema, ...errors(401, 403) },
    }),
    async (request) => service.notifications(request.user!.id),
  );

  app.post(
    '/api/me/notifications/read',
    route('user', {
      tags: ['introductions', 'me'],
      summary: 'Mark my notifications read: about one introduction, or all',
      body: Type.Object({ introductionId: Type.Optional(UuidSchema) }, { additionalProperties: false }),
      response: { 204: Type.Null(), ...errors(400, 401, 403) },
    }),
    async (request, reply) =>
      noContent(reply, service.readNotifications(request.user!.id, request.body.introductionId ?? null)),
  );
};

export default introductionsRoutes;
