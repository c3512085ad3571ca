import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errors } from '../shared/errors.schemas.ts';
import { created, route } from '../shared/routes.ts';
import { BuurtCodeSchema, UuidSchema } from '../shared/schemas.ts';
import { AnswerBodySchema, NewRoundBodySchema, RoundResultsSchema, RoundSchema } from './surveys.schemas.ts';
import { answerRound, listRounds, openRound, roundResults } from './surveys.service.ts';

/** The residents' mirror: survey rounds, one answer per resident, results per buurt and wijk (api/shared/survey-disclosure.ts says which may be shown). */
const surveysRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/survey-rounds',
    route('user', {
      tags: ['profile'],
      summary: 'Open a survey round for a buurt, wijk or the municipality (administrators; connectors for their areas)',
      body: NewRoundBodySchema,
      response: { 201: Type.Object({ id: UuidSchema }), ...errors(400, 404, 401, 403) },
    }),
    async (request, reply) => created(reply, openRound(app.pg.pool, request.user!.id, request.body)),
  );

  app.get(
    '/api/survey-rounds',
    route('public', {
      tags: ['profile'],
      summary: 'Survey rounds, newest first; with ?buurt= only those that ask that buurt',
      querystring: Type.Object({ buurt: Type.Optional(BuurtCodeSchema) }, { additionalProperties: false }),
      response: { 200: Type.Array(RoundSchema), ...errors(400) },
    }),
    async (request) => listRounds(app.pg.pool, request.query.buurt ?? null),
  );

  app.post(
    '/api/survey-rounds/:id/answers',
    route('user', {
      tags: ['profile'],
      summary: 'Answer a round, once, as a resident of its area: grades 1–10, better or worse, and in your own words',
      params: Type.Object({ id: UuidSchema }),
      body: AnswerBodySchema,
      response: { 201: Type.Object({ roundId: UuidSchema }), ...errors(400, 404, 409, 401, 403) },
    }),
    async (request, reply) => {
      return reply
        .status(201)
        .send({ roundId: await answerRound(app.pg.pool, request.params.id, request.user!.id, request.body) });
    },
  );

  app.get(
    '/api/survey-rounds/:id/results',
    route('public', {
      tags: ['profile'],
      summary:
        'Results per buurt and wijk: mean grades, trend and comments; indicative below 10 answers, hidden below 5 and wherever a hidden one could be worked out from it',
      params: Type.Object({ id: UuidSchema }),
      response: { 200: RoundResultsSchema, ...errors(400, 404) },
    }),
    async (request) => roundResults(app.pg.pool, request.params.id),
  );
};

export default surveysRoutes;
