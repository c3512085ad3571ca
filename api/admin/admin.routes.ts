import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errorResponses } from '../shared/errors.schemas.ts';
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

const denied = { 401: errorResponses[401], 403: errorResponses[403] };

const adminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = adminService(app.pg.pool);
  app.get(
    '/api/admin/outbox',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'Outgoing e-mail, newest first (there is no mail server: messages wait here)',
        querystring: OutboxQuerySchema,
        response: { 200: Type.Array(OutboxMessageSchema), ...denied },
      },
    },
    async (request) => service.outbox(request.query.limit ?? 100),
  );

  app.get(
    '/api/admin/users',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'Accounts, optionally filtered by part of an e-mail address or name',
        querystring: UsersQuerySchema,
        response: { 200: Type.Array(AdminUserSchema), ...denied },
      },
    },
    async (request) => service.users(request.query.q),
  );

  app.post(
    '/api/admin/users/:id/connector-areas',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'Make an account connector (buurtverbinder) for a buurt or a wijk',
        params: IdParamsSchema,
        body: GrantBodySchema,
        response: { 201: GrantSchema, 400: errorResponses[400], 404: errorResponses[404], ...denied },
      },
    },
    async (request, reply) => {
      const { areaCode } = request.body;
      const grantId = await service.grantConnectorArea(request.params.id, areaCode, request.user!.id);
      return reply.status(201).send({ id: grantId, areaCode });
    },
  );

  app.delete(
    '/api/admin/users/:id/connector-areas/:grantId',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'Take back a connector area',
        params: GrantParamsSchema,
        response: { 204: Type.Null(), 404: errorResponses[404], ...denied },
      },
    },
    async (request, reply) => {
      await service.revokeConnectorArea(request.params.id, request.params.grantId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/admin/reports',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'Reports about introductions and messages, open ones first',
        response: { 200: Type.Array(ReportSchema), ...denied },
      },
    },
    async () => service.reports(),
  );

  app.post(
    '/api/admin/reports/:id/handled',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'Mark a report handled',
        params: IdParamsSchema,
        response: { 204: Type.Null(), 400: errorResponses[400], 404: errorResponses[404], ...denied },
      },
    },
    async (request, reply) => {
      await service.handleReport(request.params.id, request.user!.id);
      return reply.status(204).send(null);
    },
  );
};

export default adminRoutes;
