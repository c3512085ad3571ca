import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from '@sinclair/typebox';
import { accountRateLimit } from '../shared/rate-limit.ts';
import { errors } from '../shared/errors.schemas.ts';
import { noContent, route } from '../shared/routes.ts';
import { authService } from '../auth/auth.service.ts';
import { HOME_LOCATION_CONSENT, INTERVIEW_CONSENT } from './consent-texts.ts';
import {
  ChangePasswordBodySchema,
  ConsentTextSchema,
  DeleteMeBodySchema,
  HomeLocationBodySchema,
  MeSchema,
  SessionInfoSchema,
  UpdateMeBodySchema,
} from './me.schemas.ts';
import { meService } from './me.service.ts';
import { DateTimeSchema, IdParamsSchema, Nullable, UuidSchema } from '../shared/schemas.ts';

const meRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(MeSchema);
  const auth = authService({ pg: app.pg, mailer: app.mailer, publicUrl: app.settings.publicUrl });
  const meResponse = { 200: Type.Ref(MeSchema), ...errors(401) };
  const service = meService({ pool: app.pg.pool, auth, geocoder: app.geocoder });
  // `access: 'user'` guarantees request.user; this names it for the handlers.
  const userId = (request: { user: { id: string } | null }) => request.user!.id;
  /** A change of my account that my password confirms: 204 once done, 400 when the password is not mine. */
  const withPassword = <B extends TSchema>(summary: string, body: B) =>
    route('user', { tags: ['me'], summary, body, response: { 204: Type.Null(), ...errors(400, 401) } });

  app.get(
    '/api/me',
    route('user', { tags: ['me'], summary: 'My account and profile', response: meResponse }),
    (request) => service.profile(userId(request)),
  );

  app.patch(
    '/api/me',
    route('user', {
      tags: ['me'],
      summary: 'Change my display name, language or home buurt (only these fields)',
      body: UpdateMeBodySchema,
      response: { ...meResponse, ...errors(400) },
    }),
    async (request) => service.updateProfile(userId(request), request.body),
  );

  app.put(
    '/api/me/password',
    withPassword('Change my password; ends my other sessions', ChangePasswordBodySchema),
    async (request, reply) => {
      const { currentPassword, newPassword } = request.body;
      return noContent(
        reply,
        service.changePassword(userId(request), request.session.sessionId, currentPassword, newPassword),
      );
    },
  );

  app.get(
    '/api/consent-texts/home-location',
    route('public', {
      tags: ['me'],
      summary: 'The consent text to show before asking for a home location',
      response: { 200: ConsentTextSchema },
    }),
    async () => HOME_LOCATION_CONSENT,
  );

  app.put(
    '/api/me/home-location',
    route(
      'user',
      {
        tags: ['me'],
        summary: 'Store my home location (with consent to the current text); it sets my home buurt',
        body: HomeLocationBodySchema,
        response: { ...meResponse, ...errors(400, 429) },
      },
      { preHandler: accountRateLimit('home-moves', app.settings.probeLimits.homeMoves) },
    ),
    async (request) => service.setHomeLocation(userId(request), request.body),
  );

  app.delete(
    '/api/me/home-location',
    route('user', { tags: ['me'], summary: 'Remove my home location and withdraw the consent', response: meResponse }),
    async (request) => service.clearHomeLocation(userId(request)),
  );

  const InterviewConsentSchema = Type.Object({
    id: UuidSchema,
    connector: Type.Object({ id: Type.String(), displayName: Type.String() }),
    textVersion: Type.String(),
    givenAt: DateTimeSchema,
    withdrawnAt: Nullable(DateTimeSchema),
  });

  app.get(
    '/api/consent-texts/interview',
    route('public', {
      tags: ['me'],
      summary: 'The consent text for interview mode',
      response: { 200: ConsentTextSchema },
    }),
    async () => INTERVIEW_CONSENT,
  );

  app.get(
    '/api/me/interview-consents',
    route('user', {
      tags: ['me'],
      summary: 'The connectors I allowed to record my inventory with me',
      response: { 200: Type.Array(InterviewConsentSchema), ...errors(401, 403) },
    }),
    async (request) => service.interviewConsents(userId(request)),
  );

  app.post(
    '/api/me/interview-consents',
    route('user', {
      tags: ['me'],
      summary: 'Allow a connector to record my capacity inventory with me (interview mode)',
      body: Type.Object(
        { connectorId: UuidSchema, consentTextVersion: Type.String({ maxLength: 40 }) },
        { additionalProperties: false },
      ),
      response: { 201: Type.Object({ id: Type.String() }), ...errors(400, 401, 403) },
    }),
    async (request, reply) => {
      const { connectorId, consentTextVersion } = request.body;
      return reply
        .status(201)
        .send({ id: await service.giveInterviewConsent(userId(request), connectorId, consentTextVersion) });
    },
  );

  app.delete(
    '/api/me/interview-consents/:id',
    route('user', {
      tags: ['me'],
      summary: 'Withdraw an interview-mode consent',
      params: IdParamsSchema,
      response: { 204: Type.Null(), ...errors(404, 401, 403) },
    }),
    async (request, reply) => noContent(reply, service.withdrawInterviewConsent(userId(request), request.params.id)),
  );

  app.get(
    '/api/me/export',
    route('user', {
      tags: ['me'],
      summary: 'Everything stored about me, as a JSON download',
      response: { 200: Type.Object({ exportedAt: Type.String() }, { additionalProperties: true }), ...errors(401) },
    }),
    async (request, reply) => {
      const data = await service.exportData(userId(request));
      reply.header(
        'content-disposition',
        `attachment; filename="krachtkaart-mijn-gegevens-${data.exportedAt.slice(0, 10)}.json"`,
      );
      return data;
    },
  );

  app.get(
    '/api/me/sessions',
    route('user', {
      tags: ['me'],
      summary: 'Where I am logged in',
      response: { 200: Type.Array(SessionInfoSchema), ...errors(401) },
    }),
    async (request) => service.sessions(userId(request), request.session.sessionId),
  );

  app.delete(
    '/api/me/sessions/:id',
    route('user', {
      tags: ['me'],
      summary: 'End one of my sessions (log out a device)',
      params: IdParamsSchema,
      response: { 204: Type.Null(), ...errors(401, 404) },
    }),
    async (request, reply) => noContent(reply, service.endSession(userId(request), request.params.id)),
  );

  app.delete(
    '/api/me',
    withPassword(
      'Delete my account and my data; what I shared with others stays for them, anonymised',
      DeleteMeBodySchema,
    ),
    async (request, reply) => {
      await service.deleteAccount(userId(request), request.body.password);
      await request.session.destroy();
      return reply.status(204).send(null);
    },
  );
};

export default meRoutes;
