import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { accountRateLimit } from '../shared/rate-limit.ts';
import { errors } from '../shared/errors.schemas.ts';
import { noContent, route } from '../shared/routes.ts';
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
    route('user', {
      tags: ['organisations'],
      summary: 'Start an organisation; you become its owner',
      body: CreateOrganisationBodySchema,
      response: { 201: organisation, ...errors(400, 401) },
    }),
    async (request, reply) => reply.status(201).send(await service.create(request.body, request.user!.id)),
  );

  app.get(
    '/api/organisations/:id',
    route('public', {
      tags: ['organisations'],
      summary: 'One organisation',
      params: IdParamsSchema,
      response: { 200: organisation, ...errors(404) },
    }),
    async (request) => service.read(request.params.id),
  );

  app.patch(
    '/api/organisations/:id',
    route(
      'organisation-owner',
      {
        tags: ['organisations'],
        summary: 'Change the profile: name, description, website, tags and the public location (owners only)',
        params: IdParamsSchema,
        body: UpdateOrganisationBodySchema,
        response: { 200: organisation, ...errors(400, 401, 403, 429) },
      },
      {
        preHandler: accountRateLimit(
          'organisation-moves',
          app.settings.probeLimits.organisationMoves,
          (request) => (request.body as { location?: unknown }).location !== undefined,
        ),
      },
    ),
    async (request) => service.update(request.params.id, request.body),
  );

  app.get(
    '/api/organisations/:id/members',
    route('organisation-member', {
      tags: ['organisations'],
      summary: 'The members of an organisation (for its members; names only)',
      params: IdParamsSchema,
      response: { 200: Type.Array(MemberSchema), ...errors(401, 403) },
    }),
    async (request) => service.members(request.params.id),
  );

  app.post(
    '/api/organisations/:id/invitations',
    route('organisation-owner', {
      tags: ['organisations'],
      summary: 'Invite someone by e-mail to join (owners only); the link is valid for 14 days',
      params: IdParamsSchema,
      body: InviteBodySchema,
      response: { 201: InvitationSchema, ...errors(400, 401, 403) },
    }),
    async (request, reply) => {
      const invitation = await service.invite(request.params.id, request.body.email, request.user!.id);
      return reply.status(201).send(invitation);
    },
  );

  app.post(
    '/api/organisation-invitations/accept',
    route('user', {
      tags: ['organisations'],
      summary: 'Accept an invitation with the token from its link; it must be for your e-mail address',
      body: AcceptInvitationBodySchema,
      response: { 200: organisation, ...errors(400, 401, 403) },
    }),
    async (request) => service.acceptInvitation(request.body.token, request.user!.id),
  );

  app.delete(
    '/api/organisations/:id/members/:userId',
    route('organisation-owner', {
      tags: ['organisations'],
      summary: 'Remove a member (owners only); the last owner cannot be removed',
      params: MemberParamsSchema,
      response: { 204: Type.Null(), ...errors(401, 403, 404, 409) },
    }),
    async (request, reply) => noContent(reply, service.removeMember(request.params.id, request.params.userId)),
  );
};

export default organisationsRoutes;
