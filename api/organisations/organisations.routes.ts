import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { accountRateLimit } from '../shared/rate-limit.ts';
import { errorResponses } from '../shared/errors.schemas.ts';
import { IdParamsSchema } from '../shared/schemas.ts';
import {
  AcceptInvitationBodySchema,
  CreateOrganisationBodySchema,
  InvitationSchema,
  InviteBodySchema,
  MemberParamsSchema,
  MemberSchema,
  OrganisationSchema,
  UpdateOrganisationBodySchema,
} from './organisations.schemas.ts';
import { organisationsService } from './organisations.service.ts';

const organisationsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(OrganisationSchema);
  const organisation = Type.Ref(OrganisationSchema);
  const service = organisationsService({ pool: app.pg.pool, mailer: app.mailer, publicUrl: app.settings.publicUrl });

  app.post(
    '/api/organisations',
    {
      config: { access: 'user' },
      schema: {
        tags: ['organisations'],
        summary: 'Start an organisation; you become its owner',
        body: CreateOrganisationBodySchema,
        response: { 201: organisation, 400: errorResponses[400], 401: errorResponses[401] },
      },
    },
    async (request, reply) => reply.status(201).send(await service.create(request.body, request.user!.id)),
  );

  app.get(
    '/api/organisations/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['organisations'],
        summary: 'One organisation',
        params: IdParamsSchema,
        response: { 200: organisation, 404: errorResponses[404] },
      },
    },
    async (request) => service.read(request.params.id),
  );

  app.patch(
    '/api/organisations/:id',
    {
      config: { access: 'organisation-owner' },
      preHandler: accountRateLimit(
        'organisation-moves',
        app.settings.probeLimits.organisationMoves,
        (request) => (request.body as { location?: unknown }).location !== undefined,
      ),
      schema: {
        tags: ['organisations'],
        summary: 'Change the profile: name, description, website, tags and the public location (owners only)',
        params: IdParamsSchema,
        body: UpdateOrganisationBodySchema,
        response: {
          200: organisation,
          400: errorResponses[400],
          401: errorResponses[401],
          403: errorResponses[403],
          429: errorResponses[429],
        },
      },
    },
    async (request) => service.update(request.params.id, request.body),
  );

  app.get(
    '/api/organisations/:id/members',
    {
      config: { access: 'organisation-member' },
      schema: {
        tags: ['organisations'],
        summary: 'The members of an organisation (for its members; names only)',
        params: IdParamsSchema,
        response: { 200: Type.Array(MemberSchema), 401: errorResponses[401], 403: errorResponses[403] },
      },
    },
    async (request) => service.members(request.params.id),
  );

  app.post(
    '/api/organisations/:id/invitations',
    {
      config: { access: 'organisation-owner' },
      schema: {
        tags: ['organisations'],
        summary: 'Invite someone by e-mail to join (owners only); the link is valid for 14 days',
        params: IdParamsSchema,
        body: InviteBodySchema,
        response: {
          201: InvitationSchema,
          400: errorResponses[400],
          401: errorResponses[401],
          403: errorResponses[403],
        },
      },
    },
    async (request, reply) => {
      const invitation = await service.invite(request.params.id, request.body.email, request.user!.id);
      return reply.status(201).send(invitation);
    },
  );

  app.post(
    '/api/organisation-invitations/accept',
    {
      config: { access: 'user' },
      schema: {
        tags: ['organisations'],
        summary: 'Accept an invitation with the token from its link; it must be for your e-mail address',
        body: AcceptInvitationBodySchema,
        response: { 200: organisation, 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
      },
    },
    async (request) => service.acceptInvitation(request.body.token, request.user!.id),
  );

  app.delete(
    '/api/organisations/:id/members/:userId',
    {
      config: { access: 'organisation-owner' },
      schema: {
        tags: ['organisations'],
        summary: 'Remove a member (owners only); the last owner cannot be removed',
        params: MemberParamsSchema,
        response: {
          204: Type.Null(),
          401: errorResponses[401],
          403: errorResponses[403],
          404: errorResponses[404],
          409: errorResponses[409],
        },
      },
    },
    async (request, reply) => {
      await service.removeMember(request.params.id, request.params.userId);
      return reply.status(204).send(null);
    },
  );
};

export default organisationsRoutes;
