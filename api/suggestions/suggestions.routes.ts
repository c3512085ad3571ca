import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { errorResponses } from '../shared/errors.schemas.ts';
import { orNotFound } from '../shared/http-error.ts';
import { accountRateLimit } from '../shared/rate-limit.ts';
import { DEFAULT_RADIUS_M } from './rules.ts';
import { FeedbackBodySchema, SuggestionsQuerySchema, SuggestionsResponseSchema } from './suggestions.schemas.ts';
import { giveFeedback, suggestionsFor, type SubjectKind } from './suggestions.service.ts';
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
    const suggestions = await suggestionsFor(app.pg.pool, {
      subject: { kind, id },
      viewerId: request.user!.id,
      radiusM: query.radius ?? DEFAULT_RADIUS_M,
      language: query.lang ?? request.user!.language ?? 'nl',
      limit: query.limit ?? 20,
    });
    return orNotFound(suggestions, `There is no ${kind} with this id.`);
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
      await giveFeedback(app.pg.pool, request.user!.id, request.body);
      return reply.status(204).send(null);
    },
  );
};

export default suggestionsRoutes;
