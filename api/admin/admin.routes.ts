import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errors } from '../shared/errors.schemas.ts';
import { noContent, route } from '../shared/routes.ts';
import {
  AdminUserSchema,
  GrantBodySchema,
  GrantParamsSchema,
  GrantSchema,
  OutboxMessageSchema,
  OutboxQuerySchema,
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
      summary: 'Outgoing e-mail, newest first (there is no mail server: messages wait here)',
      querystring: OutboxQuerySchema,
      response: { 200: Type.Array(OutboxMessageSchema), ...errors(401, 403) },
    }),
    async (request) => service.outbox(request.query.limit ?? 100),
  );

  app.get(
    '/api/admin/users',
    route('admin', {
      tags: ['admin'],
      summary: 'Accounts, optionally filtered by part of an e-mail address or name',
      querystring: UsersQuerySchema,
      response: { 200: Type.Array(AdminUserSchema), ...errors(401, 403) },
    }),
    async (request) => service.users(request.query.q),
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
