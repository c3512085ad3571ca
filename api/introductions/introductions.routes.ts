import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { linkIntroductionToItem } from '../agendas/agendas.service.ts';
import { errorResponses } from '../shared/errors.schemas.ts';
import { badRequest, notFound } from '../shared/http-error.ts';
import { introductionsRepository as repository, type IntroductionRow } from './introductions.repository.ts';
import {
  AnswerBodySchema,
  ConnectorIntroductionBodySchema,
  IntroductionBodySchema,
  IntroductionDetailSchema,
  IntroductionSchema,
  MessageBodySchema,
  NotificationsSchema,
  ReportBodySchema,
  type Introduction,
} from './introductions.schemas.ts';
import {
  answerIntroduction,
  connectorIntroduction,
  findIntroduction,
  markMet,
  postMessage,
  reportIntroduction,
  requestIntroduction,
} from './introductions.service.ts';
import { CreatedSchema, DateTimeSchema, IdParamsSchema, UuidSchema } from '../shared/schemas.ts';

const UserParams = Type.Object({ userId: UuidSchema });
const denied = { 401: errorResponses[401], 403: errorResponses[403] };
const writeErrors = { 400: errorResponses[400], 404: errorResponses[404], 409: errorResponses[409], ...denied };

function toIntroduction(row: IntroductionRow): Introduction {
  const mine = row.parties.find((party) => party.position === row.my_position);
  const open = row.status === 'accepted' || row.status === 'met';
  return {
    id: row.id,
    status: row.status,
    note: row.note,
    byConnector: row.by_connector,
    requestedBy: row.requested_by_name,
    requestedById: row.requested_by_id,
    askedByMe: row.asked_by_me,
    myParty: row.my_position,
    canAnswer: row.status === 'asked' && mine?.answer === 'pending',
    canWrite: open && row.my_position !== null,
    parties: row.parties,
    suggestion: row.suggestion_key,
    buurtCode: row.buurt_code,
    createdAt: row.created_at.toISOString(),
    answeredAt: row.answered_at?.toISOString() ?? null,
    metAt: row.met_at?.toISOString() ?? null,
    messageCount: row.message_count,
    unread: row.unread,
  };
}

/**
 * Warm introductions by double opt-in, their message threads, the bell, blocks and reports. Every write is one
 * transaction; the rules are in introductions.service.ts.
 */
const introductionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(IntroductionSchema);
  const perDay = () => app.settings.introductionsPerDay;

  app.get(
    '/api/introductions',
    {
      config: { access: 'user' },
      schema: {
        tags: ['introductions'],
        summary: 'My introductions: asked by me or of me, for me or an organisation I belong to, or made by me as a connector',
        response: { 200: Type.Array(Type.Ref(IntroductionSchema)), ...denied },
      },
    },
    async (request) => (await repository.list(app.pg.pool, request.user!.id)).map(toIntroduction),
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
    async (request, reply) => {
      const { to, fromOrganisation, note, suggestion, forAgendaItem } = request.body;
      const id = await app.pg.transact(async (client) => {
        const introductionId = await requestIntroduction(client, {
          requesterId: request.user!.id,
          fromOrganisationId: fromOrganisation ?? null,
          to,
          note: note.trim(),
          suggestionKey: suggestion ?? null,
          perDay: perDay(),
        });
        if (forAgendaItem) await linkIntroductionToItem(client, forAgendaItem, introductionId, request.user!.id, 'body/forAgendaItem');
        return introductionId;
      });
      return reply.status(201).send({ id });
    },
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
    async (request, reply) => {
      const { parties, note, suggestion, forAgendaItem } = request.body;
      const id = await app.pg.transact(async (client) => {
        const introductionId = await connectorIntroduction(client, { connectorId: request.user!.id, parties, note: note.trim(), suggestionKey: suggestion ?? null, perDay: perDay() });
        if (forAgendaItem) await linkIntroductionToItem(client, forAgendaItem, introductionId, request.user!.id, 'body/forAgendaItem');
        return introductionId;
      });
      return reply.status(201).send({ id });
    },
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
    async (request) => {
      const viewerId = request.user!.id;
      const row = await findIntroduction(app.pg.pool, request.params.id, viewerId);
      const introduction = toIntroduction(row);
      const thread = row.my_position !== null && (row.status === 'accepted' || row.status === 'met');
      const messages = thread ? await repository.messages(app.pg.pool, row.id) : [];
      await repository.readNotifications(app.pg.pool, viewerId, row.id);
      return {
        ...introduction,
        unread: 0,
        messages: messages.map((message) => ({
          id: message.id,
          senderId: message.sender_id,
          senderName: message.sender_name,
          mine: message.sender_id === viewerId,
          body: message.body,
          createdAt: message.created_at.toISOString(),
        })),
      };
    },
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
        response: { 200: Type.Object({ status: Type.String() }), ...writeErrors },
      },
    },
    async (request) => ({
      status: await app.pg.transact((client) => answerIntroduction(client, request.params.id, request.user!.id, request.body.answer)),
    }),
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
      await app.pg.transact((client) => markMet(client, request.params.id, request.user!.id));
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
    async (request, reply) => {
      const message = await app.pg.transact((client) => postMessage(client, request.params.id, request.user!.id, request.body.body.trim()));
      return reply.status(201).send({ id: message.id });
    },
  );

  app.post(
    '/api/reports',
    {
      config: { access: 'user' },
      schema: {
        tags: ['introductions'],
        summary: 'Report an introduction request or a message to the administrators (optionally also blocking its author)',
        body: ReportBodySchema,
        response: { 201: CreatedSchema, 400: errorResponses[400], 404: errorResponses[404], ...denied },
      },
    },
    async (request, reply) => {
      const { introductionId, messageId, reason, note, block } = request.body;
      const id = await app.pg.transact((client) =>
        reportIntroduction(client, request.user!.id, { introductionId, messageId: messageId ?? null, reason, note: note?.trim() ?? '', block: block ?? false }),
      );
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/me/blocks',
    {
      config: { access: 'user' },
      schema: {
        tags: ['introductions', 'me'],
        summary: 'The accounts I blocked',
        response: { 200: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), createdAt: DateTimeSchema })), ...denied },
      },
    },
    async (request) =>
      (await repository.blocks(app.pg.pool, request.user!.id)).map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at.toISOString() })),
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
      const me = request.user!.id;
      if (request.params.userId === me) throw badRequest('params/userId', 'not-self', 'is you: you cannot block yourself');
      if (!(await repository.block(app.pg.pool, me, request.params.userId))) throw notFound('names no account', { field: 'params/userId', rule: 'exists' });
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
      await repository.unblock(app.pg.pool, request.user!.id, request.params.userId);
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
    async (request) => {
      const rows = await repository.notifications(app.pg.pool, request.user!.id);
      return {
        unread: rows[0]?.unread ?? 0,
        items: rows.map((row) => ({
          id: row.id,
          kind: row.kind,
          introductionId: row.introduction_id,
          about: row.about,
          createdAt: row.created_at.toISOString(),
          read: row.read_at !== null,
        })),
      };
    },
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
      await repository.readNotifications(app.pg.pool, request.user!.id, request.body.introductionId ?? null);
      return reply.status(204).send(null);
    },
  );
};

export default introductionsRoutes;
