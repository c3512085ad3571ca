import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { accountRateLimit } from '../shared/rate-limit.ts';
import { errorResponses } from '../shared/errors.schemas.ts';
import { badRequest, conflict, forbidden } from '../shared/http-error.ts';
import { hashToken, newToken } from '../shared/tokens.ts';
import { notFound } from '../plugins/errors.ts';
import { IdParamsSchema } from '../shared/schemas.ts';
import { invitationMessage } from '../auth/messages.ts';
import { normaliseEmail } from '../auth/auth.service.ts';
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
import { organisationsRepository as repository } from './organisations.repository.ts';

const organisationsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(OrganisationSchema);
  const organisation = Type.Ref(OrganisationSchema);

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
    async (request, reply) => {
      const id = await app.pg.transact((client) => repository.create(client, request.body, request.user!.id));
      return reply.status(201).send((await repository.find(app.pg.pool, id))!);
    },
  );

  app.get(
    '/api/organisations/:id',
    {
      config: { access: 'public' },
      schema: { tags: ['organisations'], summary: 'One organisation', params: IdParamsSchema, response: { 200: organisation, 404: errorResponses[404] } },
    },
    async (request, reply) =>
      (await repository.find(app.pg.pool, request.params.id)) ?? notFound(reply, request, 'There is no organisation with this id.'),
  );

  app.patch(
    '/api/organisations/:id',
    {
      config: { access: 'organisation-owner' },
      preHandler: accountRateLimit('organisation-moves', app.settings.probeLimits.organisationMoves, (request) => (request.body as { location?: unknown }).location !== undefined),
      schema: {
        tags: ['organisations'],
        summary: 'Change the profile: name, description, website, tags and the public location (owners only)',
        params: IdParamsSchema,
        body: UpdateOrganisationBodySchema,
        response: { 200: organisation, 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403], 429: errorResponses[429] },
      },
    },
    async (request) => {
      await app.pg.transact((client) => repository.updateProfile(client, request.params.id, request.body));
      return (await repository.find(app.pg.pool, request.params.id))!;
    },
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
    async (request) => repository.listMembers(app.pg.pool, request.params.id),
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
        response: { 201: InvitationSchema, 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
      },
    },
    async (request, reply) => {
      const email = normaliseEmail(request.body.email);
      const invitation = await app.pg.transact(async (client) => {
        const found = await repository.find(client, request.params.id);
        const inviter = await repository.findUser(client, request.user!.id);
        const token = newToken();
        const created = await repository.insertInvitation(client, request.params.id, email, hashToken(token), request.user!.id);
        const url = `${app.settings.publicUrl}/uitnodiging?token=${encodeURIComponent(token)}`;
        const text = invitationMessage(found!.name, inviter!.displayName, url);
        await app.mailer.send({ to: email, userId: null, kind: 'organisation_invitation', ...text }, client);
        return created;
      });
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
    async (request) => {
      const organisationId = await app.pg.transact(async (client) => {
        const invitation = await repository.acceptInvitation(client, hashToken(request.body.token), request.user!.id);
        if (!invitation) throw badRequest('body/token', 'valid', 'is not valid: it was used already, has expired or is mistyped');
        const me = await repository.findUser(client, request.user!.id);
        // Throwing here rolls the acceptance back: the invitation stays open for the person it was meant for.
        if (me?.email !== invitation.email) throw forbidden('This invitation is for another e-mail address.');
        await repository.addMember(client, invitation.organisationId, request.user!.id);
        return invitation.organisationId;
      });
      return (await repository.find(app.pg.pool, organisationId))!;
    },
  );

  app.delete(
    '/api/organisations/:id/members/:userId',
    {
      config: { access: 'organisation-owner' },
      schema: {
        tags: ['organisations'],
        summary: 'Remove a member (owners only); the last owner cannot be removed',
        params: MemberParamsSchema,
        response: { 204: Type.Null(), 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[409] },
      },
    },
    async (request, reply) => {
      const { id, userId } = request.params;
      const removed = await app.pg.transact(async (client) => {
        if (!(await repository.isMember(client, id, userId))) return null;
        return repository.removeMember(client, id, userId);
      });
      if (removed === null) return notFound(reply, request, 'This person is not a member of the organisation.');
      if (!removed) throw conflict('is the last owner, who cannot be removed', { field: 'params/userId', rule: 'not-last-owner' });
      return reply.status(204).send(null);
    },
  );
};

export default organisationsRoutes;
