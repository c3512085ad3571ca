import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { assetsRepository } from '../assets/assets.repository.ts';
import { errorResponses } from '../shared/errors.schemas.ts';
import { badRequest, notFound } from '../shared/http-error.ts';
import { accountRateLimit } from '../shared/rate-limit.ts';
import { DEFAULT_RADIUS_M } from './rules.ts';
import { suggestionsRepository as repository, type SubjectKind } from './suggestions.repository.ts';
import { FeedbackBodySchema, SuggestionsQuerySchema, SuggestionsResponseSchema } from './suggestions.schemas.ts';
import { buildSuggestions, recordFeedback } from './suggestions.service.ts';
import { IdParamsSchema } from '../shared/schemas.ts';

const denied = { 401: errorResponses[401], 403: errorResponses[403] };
const responses = {
  200: Type.Ref(SuggestionsResponseSchema),
  400: errorResponses[400],
  404: errorResponses[404],
  429: errorResponses[429],
  ...denied,
};

const suggestionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(SuggestionsResponseSchema);
  // One budget for all three subjects: each request is a look from a chosen point of view.
  const limited = accountRateLimit('suggestions', app.settings.probeLimits.suggestions);

  async function answer(
    request: FastifyRequest,
    query: Static<typeof SuggestionsQuerySchema>,
    kind: SubjectKind,
    id: string,
  ) {
    const subject = await repository.findSubject(app.pg.pool, kind, id);
    if (!subject) throw notFound(`There is no ${kind} with this id.`);
    const radiusM = query.radius ?? DEFAULT_RADIUS_M;
    const base = { subject: { kind, id, name: subject.name }, located: subject.located };
    if (!subject.located) return { ...base, radiusMetres: radiusM, suggestions: [] };
    const result = await buildSuggestions(app.pg.pool, {
      subject: { kind, id },
      viewerId: request.user!.id,
      radiusM,
      language: query.lang ?? request.user!.language ?? 'nl',
      limit: query.limit ?? 20,
    });
    return { ...base, ...result };
  }

  app.get(
    '/api/me/suggestions',
    {
      config: { access: 'user' },
      preHandler: limited,
      schema: {
        tags: ['suggestions'],
        summary: 'Suggested connections for me: who and what nearby fits my inventory, with the reasons',
        querystring: SuggestionsQuerySchema,
        response: responses,
      },
    },
    async (request) => answer(request, request.query, 'resident', request.user!.id),
  );

  app.get(
    '/api/organisations/:id/suggestions',
    {
      config: { access: 'organisation-member' },
      preHandler: limited,
      schema: {
        tags: ['suggestions', 'organisations'],
        summary: 'Suggested connections for an organisation (members only): volunteers, space, partners, lenders',
        params: IdParamsSchema,
        querystring: SuggestionsQuerySchema,
        response: responses,
      },
    },
    async (request) => answer(request, request.query, 'organisation', request.params.id),
  );

  app.get(
    '/api/places/:id/suggestions',
    {
      config: { access: 'user' },
      preHandler: limited,
      schema: {
        tags: ['suggestions'],
        summary: 'Who nearby could use a place: organisations and groups looking for space',
        params: IdParamsSchema,
        querystring: SuggestionsQuerySchema,
        response: responses,
      },
    },
    async (request) => answer(request, request.query, 'place', request.params.id),
  );

  app.post(
    '/api/suggestions/feedback',
    {
      config: { access: 'user' },
      schema: {
        tags: ['suggestions'],
        summary: 'Dismiss a suggestion, or mark it acted on: either way it is not shown again',
        body: FeedbackBodySchema,
        response: { 204: Type.Null(), 400: errorResponses[400], ...denied },
      },
    },
    async (request, reply) => {
      const { subject, suggestion, action } = request.body;
      if (subject.startsWith('organisation:')) {
        const role = await assetsRepository.organisationRole(
          app.pg.pool,
          subject.slice('organisation:'.length),
          request.user!.id,
        );
        if (role === null) throw badRequest('body/subject', 'member', 'must be an organisation you are a member of');
      }
      await recordFeedback(app.pg.pool, request.user!.id, subject, suggestion, action);
      return reply.status(204).send(null);
    },
  );
};

export default suggestionsRoutes;
