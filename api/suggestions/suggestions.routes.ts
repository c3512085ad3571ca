import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { errors } from '../shared/errors.schemas.ts';
import { noContent, route } from '../shared/routes.ts';
import { orNotFound } from '../shared/http-error.ts';
import type { PartyKind } from '../shared/parties.ts';
import { accountRateLimit } from '../shared/rate-limit.ts';
import { DEFAULT_RADIUS_M } from './rules.ts';
import { FeedbackBodySchema, SuggestionsQuerySchema, SuggestionsResponseSchema } from './suggestions.schemas.ts';
import { giveFeedback, suggestionsFor } from './suggestions.service.ts';
import { IdParamsSchema } from '../shared/schemas.ts';

const responses = { 200: Type.Ref(SuggestionsResponseSchema), ...errors(400, 404, 429, 401, 403) };

const suggestionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(SuggestionsResponseSchema);
  // One budget for all three subjects: each request is a look from a chosen point of view.
  const limited = accountRateLimit('suggestions', app.settings.probeLimits.suggestions);

  async function answer(
    request: FastifyRequest,
    query: Static<typeof SuggestionsQuerySchema>,
    kind: PartyKind,
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
    route(
      'user',
      {
        tags: ['suggestions'],
        summary: 'Suggested connections for me: who and what nearby fits my inventory, with the reasons',
        querystring: SuggestionsQuerySchema,
        response: responses,
      },
      { preHandler: limited },
    ),
    async (request) => answer(request, request.query, 'resident', request.user!.id),
  );

  app.get(
    '/api/organisations/:id/suggestions',
    route(
      'organisation-member',
      {
        tags: ['suggestions', 'organisations'],
        summary: 'Suggested connections for an organisation (members only): volunteers, space, partners, lenders',
        params: IdParamsSchema,
        querystring: SuggestionsQuerySchema,
        response: responses,
      },
      { preHandler: limited },
    ),
    async (request) => answer(request, request.query, 'organisation', request.params.id),
  );

  app.get(
    '/api/places/:id/suggestions',
    route(
      'user',
      {
        tags: ['suggestions'],
        summary: 'Who nearby could use a place: organisations and groups looking for space',
        params: IdParamsSchema,
        querystring: SuggestionsQuerySchema,
        response: responses,
      },
      { preHandler: limited },
    ),
    async (request) => answer(request, request.query, 'place', request.params.id),
  );

  app.post(
    '/api/suggestions/feedback',
    route('user', {
      tags: ['suggestions'],
      summary: 'Dismiss a suggestion, or mark it acted on: either way it is not shown again',
      body: FeedbackBodySchema,
      response: { 204: Type.Null(), ...errors(400, 401, 403) },
    }),
    async (request, reply) => noContent(reply, giveFeedback(app.pg.pool, request.user!.id, request.body)),
  );
};

export default suggestionsRoutes;
