import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errors } from '../shared/errors.schemas.ts';
import { noContent, route } from '../shared/routes.ts';
import {
  AdminBodySchema,
  AdminRoleSchema,
  AdminUserSchema,
  GrantBodySchema,
  GrantParamsSchema,
  GrantSchema,
  OutboxSchema,
  OutboxQuerySchema,
  PickableAreaSchema,
  ReportSchema,
  UsersQuerySchema,
} from './admin.schemas.ts';
import { adminService } from './admin.service.ts';
import { IdParamsSchema } from '../shared/schemas.ts';

const adminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = adminService(app.pg.pool);
  app.get(
    '/api/admin/outbox',
    route('admin', {
      tags: ['admin'],
      summary: 'Outgoing e-mail, newest first, with its delivery status; whether a mail server sends it',
      querystring: OutboxQuerySchema,
      response: { 200: OutboxSchema, ...errors(400, 401, 403) },
    }),
    async (request) => service.outbox(request.query.limit ?? 100, request.query.status, app.settings.mail),
  );

  app.post(
    '/api/admin/outbox/:id/resend',
    route('admin', {
      tags: ['admin'],
      summary: 'Send a message again: queued, due now (409 while it is being sent)',
      params: IdParamsSchema,
      response: { 204: Type.Null(), ...errors(400, 404, 409, 401, 403) },
    }),
    async (request, reply) => noContent(reply, service.resendOutboxMessage(request.params.id)),
  );

  app.get(
    '/api/admin/users',
    route('admin', {
      tags: ['admin'],
      summary: 'Accounts, optionally filtered by part of an e-mail address or name',
      querystring: UsersQuerySchema,
      response: { 200: Type.Array(AdminUserSchema), ...errors(401, 403) },
    }),
    async (request) => service.users(request.query.q, request.query.limit ?? 200),
  );

  app.put(
    '/api/admin/users/:id/admin',
    route('admin', {
      tags: ['admin'],
      summary:
        'Make an account administrator, or take that back (not from yourself, and not from the last administrator: 409)',
      params: IdParamsSchema,
      body: AdminBodySchema,
      response: { 200: AdminRoleSchema, ...errors(400, 404, 409, 401, 403) },
    }),
    async (request) => {
      await service.setAdmin(request.params.id, request.body.isAdmin, request.user!.id);
      return { id: request.params.id, isAdmin: request.body.isAdmin };
    },
  );

  app.get(
    '/api/admin/area-choices',
    route('admin', {
      tags: ['admin'],
      summary: 'The loaded wijken and buurten by name and code (no geometry), each with its municipality: to pick from',
      response: { 200: Type.Array(PickableAreaSchema), ...errors(401, 403) },
    }),
    async () => service.areas(),
  );

  app.post(
    '/api/admin/users/:id/connector-areas',
    route('admin', {
      tags: ['admin'],
      summary: 'Make an account connector (buurtverbinder) for a buurt or a wijk',
      params: IdParamsSchema,
      body: GrantBodySchema,
      response: { 201: GrantSchema, ...errors(400, 404, 401, 403) },
    }),
    async (request, reply) => {
      const { areaCode } = request.body;
      const grantId = await service.grantConnectorArea(request.params.id, areaCode, request.user!.id);
      return reply.status(201).send({ id: grantId, areaCode });
    },
  );

  app.delete(
    '/api/admin/users/:id/connector-areas/:grantId',
    route('admin', {
      tags: ['admin'],
      summary: 'Take back a connector area',
      params: GrantParamsSchema,
      response: { 204: Type.Null(), ...errors(404, 401, 403) },
    }),
    async (request, reply) => noContent(reply, service.revokeConnectorArea(request.params.id, request.params.grantId)),
  );

  app.get(
    '/api/admin/reports',
    route('admin', {
      tags: ['admin'],
      summary: 'Reports about introductions and messages, open ones first',
      response: { 200: Type.Array(ReportSchema), ...errors(401, 403) },
    }),
    async () => service.reports(),
  );

  app.post(
    '/api/admin/reports/:id/handled',
    route('admin', {
      tags: ['admin'],
      summary: 'Mark a report handled',
      params: IdParamsSchema,
      response: { 204: Type.Null(), ...errors(400, 404, 401, 403) },
    }),
    async (request, reply) => noContent(reply, service.handleReport(request.params.id, request.user!.id)),
  );
};

export default adminRoutes;
