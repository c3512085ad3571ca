import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errorResponses } from '../shared/errors.schemas.ts';
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
const denied = { 401: errorResponses[401], 403: errorResponses[403] };
const writeErrors = { 400: errorResponses[400], 404: errorResponses[404], 409: errorResponses[409], ...denied };

/**
 * Warm introductions by double opt-in, their message threads, the bell, blocks and reports. Every write is one
 * transaction; the rules are in introductions.service.ts.
 */
const introductionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(IntroductionSchema);
  const service = introductionsService(app.pg.pool, () => app.settings.introductionsPerDay);

  app.get(
    '/api/introductions',
    {
      config: { access: 'user' },
      schema: {
        tags: ['introductions'],
        summary:
          'My introductions: asked by me or of me, for me or an organisation I belong to, or made by me as a connector',
        response: { 200: Type.Array(Type.Ref(IntroductionSchema)), ...denied },
      },
    },
    async (request) => service.list(request.user!.id),
  );

  app.post(
    '/api/introductions',
    {
      config: { access: 'user' },
      schema: {
        tags: ['introductions'],
        summary: 'Ask to be introduced (for me or for an organisation I belong to); the other side accepts or declines',
        body: IntroductionBodySchema,
        response: { 201: CreatedSchema, ...writeErrors, 429: errorResponses[429] },
      },
    },
    async (request, reply) => reply.status(201).send({ id: await service.request(request.user!.id, request.body) }),
  );

  app.post(
    '/api/connector/introductions',
    {
      config: { access: 'connector' },
      schema: {
        tags: ['introductions', 'connector'],
        summary: 'Introduce two residents or organisations of my areas to each other; both must accept',
        body: ConnectorIntroductionBodySchema,
        response: { 201: CreatedSchema, ...writeErrors, 429: errorResponses[429] },
      },
    },
    async (request, reply) => reply.status(201).send({ id: await service.introduce(request.user!.id, request.body) }),
  );

  app.get(
    '/api/introductions/:id',
    {
      config: { access: 'user' },
      schema: {
        tags: ['introductions'],
        summary: 'One introduction with its thread (marks its notifications read)',
        params: IdParamsSchema,
        response: { 200: IntroductionDetailSchema, 400: errorResponses[400], 404: errorResponses[404], ...denied },
      },
    },
    async (request) => service.detail(request.params.id, request.user!.id),
  );

  app.post(
    '/api/introductions/:id/answer',
    {
      config: { access: 'user' },
      schema: {
        tags: ['introductions'],
        summary: 'Accept or decline an introduction for my side (a decline is quiet: nobody is notified)',
        params: IdParamsSchema,
        body: AnswerBodySchema,
        response: { 200: AnswerResultSchema, ...writeErrors },
      },
    },
    async (request) => ({ status: await service.answer(request.params.id, request.user!.id, request.body.answer) }),
  );

  app.post(
    '/api/introductions/:id/met',
    {
      config: { access: 'user' },
      schema: {
        tags: ['introductions'],
        summary: 'Confirm that we met (counts in the connector’s figures)',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await service.markMet(request.params.id, request.user!.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/introductions/:id/messages',
    {
      config: { access: 'user' },
      schema: {
        tags: ['introductions'],
        summary: 'Write in the thread of an accepted introduction',
        params: IdParamsSchema,
        body: MessageBodySchema,
        response: { 201: CreatedSchema, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ id: await service.postMessage(request.params.id, request.user!.id, request.body.body) }),
  );

  app.post(
    '/api/reports',
    {
      config: { access: 'user' },
      schema: {
        tags: ['introductions'],
        summary:
          'Report an introduction request or a message to the administrators (optionally also blocking its author)',
        body: ReportBodySchema,
        response: { 201: CreatedSchema, 400: errorResponses[400], 404: errorResponses[404], ...denied },
      },
    },
    async (request, reply) => reply.status(201).send({ id: await service.report(request.user!.id, request.body) }),
  );

  app.get(
    '/api/me/blocks',
    {
      config: { access: 'user' },
      schema: {
        tags: ['introductions', 'me'],
        summary: 'The accounts I blocked',
        response: {
          200: Type.Array(BlockedAccountSchema),
          ...denied,
        },
      },
    },
    async (request) => service.blocks(request.user!.id),
  );

  app.put(
    '/api/me/blocks/:userId',
    {
      config: { access: 'user' },
      schema: {
        tags: ['introductions', 'me'],
        summary: 'Block an account: it can no longer ask me for introductions or write to me (it is not told)',
        params: UserParams,
        response: { 204: Type.Null(), 400: errorResponses[400], 404: errorResponses[404], ...denied },
      },
    },
    async (request, reply) => {
      await service.block(request.user!.id, request.params.userId);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/me/blocks/:userId',
    {
      config: { access: 'user' },
      schema: {
        tags: ['introductions', 'me'],
        summary: 'Unblock an account',
        params: UserParams,
        response: { 204: Type.Null(), 400: errorResponses[400], ...denied },
      },
    },
    async (request, reply) => {
      await service.unblock(request.user!.id, request.params.userId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me/notifications',
    {
      config: { access: 'user' },
      schema: {
        tags: ['introductions', 'me'],
        summary: 'The bell: my newest notifications and how many are unread',
        response: { 200: NotificationsSchema, ...denied },
      },
    },
    async (request) => service.notifications(request.user!.id),
  );

  app.post(
    '/api/me/notifications/read',
    {
      config: { access: 'user' },
      schema: {
        tags: ['introductions', 'me'],
        summary: 'Mark my notifications read: about one introduction, or all',
        body: Type.Object({ introductionId: Type.Optional(UuidSchema) }, { additionalProperties: false }),
        response: { 204: Type.Null(), 400: errorResponses[400], ...denied },
      },
    },
    async (request, reply) => {
      await service.readNotifications(request.user!.id, request.body.introductionId ?? null);
      return reply.status(204).send(null);
    },
  );
};

export default introductionsRoutes;
