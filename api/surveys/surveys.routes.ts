import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errorResponses } from '../shared/errors.schemas.ts';
import { badRequest, conflict, forbidden, notFound } from '../shared/http-error.ts';
import { BuurtCodeSchema, DateTimeSchema, isAreaCode, StringEnum, UuidSchema } from '../shared/schemas.ts';
import { surveysRepository as repository } from './surveys.repository.ts';
import { listRounds, roundResults } from './surveys.service.ts';

const Grade = Type.Integer({ minimum: 1, maximum: 10, description: 'A school grade, 1 to 10' });
const denied = { 401: errorResponses[401], 403: errorResponses[403] };

const RoundSchema = Type.Object({
  id: UuidSchema,
  areaType: StringEnum(['buurt', 'wijk', 'municipality'] as const),
  areaCode: Type.String(),
  title: Type.String(),
  opensAt: DateTimeSchema,
  closesAt: DateTimeSchema,
  open: Type.Boolean(),
  responses: Type.Union([Type.Integer(), Type.Null()], { description: 'null: not shown, too few answers' }),
});
const GradesSchema = Type.Object({ physical: Type.Number(), social: Type.Number(), nuisance: Type.Number(), safety: Type.Number(), overall: Type.Number() });
const ChangeSchema = Type.Object({ delta: Type.Number(), direction: StringEnum(['up', 'down', 'same'] as const) });

/** The residents' mirror: survey rounds, one answer per resident, results per buurt and wijk (api/shared/survey-disclosure.ts says which may be shown). */
const surveysRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/survey-rounds',
    {
      config: { access: 'user' },
      schema: {
        tags: ['profile'],
        summary: 'Open a survey round for a buurt, wijk or the municipality (administrators; connectors for their areas)',
        body: Type.Object(
          {
            areaType: StringEnum(['buurt', 'wijk', 'municipality'] as const),
            areaCode: Type.String({ maxLength: 12 }),
            title: Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' }),
            opensAt: Type.Optional(DateTimeSchema),
            closesAt: DateTimeSchema,
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: UuidSchema }), 400: errorResponses[400], 404: errorResponses[404], ...denied },
      },
    },
    async (request, reply) => {
      const { areaType, areaCode, title, opensAt, closesAt } = request.body;
      if (!isAreaCode(areaType, areaCode)) throw badRequest('body/areaCode', 'pattern', `is not a ${areaType} code (e.g. ${areaType === 'buurt' ? 'BU08552001' : areaType === 'wijk' ? 'WK085520' : 'GM0855'})`);
      if (new Date(closesAt) <= new Date(opensAt ?? Date.now())) throw badRequest('body/closesAt', 'after-opens', 'must be after the round opens');
      const area = await repository.area(app.pg.pool, areaType, areaCode, request.user!.id);
      if (!area.exists) throw notFound(`names no ${areaType}`, { field: 'body/areaCode', rule: 'exists' });
      if (!area.may_open) throw forbidden('is not an area you may open a round for (administrators; connectors for their own areas)', { field: 'body/areaCode', rule: 'connector-area' });
      const id = await repository.insertRound(app.pg.pool, { type: areaType, code: areaCode, title: title.trim(), opensAt: opensAt ?? null, closesAt, openedBy: request.user!.id });
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/survey-rounds',
    {
      config: { access: 'public' },
      schema: {
        tags: ['profile'],
        summary: 'Survey rounds, newest first; with ?buurt= only those that ask that buurt',
        querystring: Type.Object({ buurt: Type.Optional(BuurtCodeSchema) }, { additionalProperties: false }),
        response: { 200: Type.Array(RoundSchema), 400: errorResponses[400] },
      },
    },
    async (request) => listRounds(app.pg.pool, request.query.buurt ?? null),
  );

  app.post(
    '/api/survey-rounds/:id/answers',
    {
      config: { access: 'user' },
      schema: {
        tags: ['profile'],
        summary: 'Answer a round, once, as a resident of its area: grades 1–10, better or worse, and in your own words',
        params: Type.Object({ id: UuidSchema }),
        body: Type.Object(
          {
            physical: Grade,
            social: Grade,
            nuisance: Type.Integer({ minimum: 1, maximum: 10, description: 'How little nuisance: 10 is none at all' }),
            safety: Grade,
            overall: Grade,
            trend: StringEnum(['better', 'same', 'worse'] as const, { description: 'Is your buurt getting better or worse?' }),
            comment: Type.Optional(Type.String({ maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ roundId: UuidSchema }), 400: errorResponses[400], 404: errorResponses[404], 409: errorResponses[409], ...denied },
      },
    },
    async (request, reply) => {
      const round = await repository.roundForAnswer(app.pg.pool, request.params.id, request.user!.id);
      if (!round) throw notFound('names no survey round', { field: 'params/id', rule: 'exists' });
      if (!round.open) throw conflict('is a round that is not open', { field: 'params/id', rule: 'open' });
      if (!round.buurt_code) throw forbidden('asks the residents of another area: set your home buurt there first', { field: 'params/id', rule: 'resident' });
      const answered = await repository.insertAnswer(app.pg.pool, round.id, request.user!.id, round.buurt_code, { ...request.body, comment: request.body.comment?.trim() ?? '' });
      if (!answered) throw conflict('is a round you answered already', { field: 'params/id', rule: 'once' });
      return reply.status(201).send({ roundId: round.id });
    },
  );

  app.get(
    '/api/survey-rounds/:id/results',
    {
      config: { access: 'public' },
      schema: {
        tags: ['profile'],
        summary: 'Results per buurt and wijk: mean grades, trend and comments; indicative below 10 answers, hidden below 5 and wherever a hidden one could be worked out from it',
        params: Type.Object({ id: UuidSchema }),
        response: {
          200: Type.Object({
            round: RoundSchema,
            comparedWith: Type.Union([UuidSchema, Type.Null()], { description: 'The previous round for the same area' }),
            results: Type.Array(
              Type.Object({
                areaType: StringEnum(['buurt', 'wijk'] as const),
                areaCode: Type.String(),
                name: Type.String(),
                reliability: StringEnum(['hidden', 'indicative', 'reliable'] as const),
                responses: Type.Union([Type.Integer(), Type.Null()], { description: 'null: hidden' }),
                grades: Type.Union([GradesSchema, Type.Null()]),
                trend: Type.Union([Type.Object({ better: Type.Integer(), same: Type.Integer(), worse: Type.Integer() }), Type.Null()]),
                comments: Type.Array(Type.String()),
                change: Type.Union([Type.Object({ physical: ChangeSchema, social: ChangeSchema, nuisance: ChangeSchema, safety: ChangeSchema, overall: ChangeSchema }), Type.Null()]),
              }),
            ),
          }),
          400: errorResponses[400],
          404: errorResponses[404],
        },
      },
    },
    async (request) => {
      const results = await roundResults(app.pg.pool, request.params.id);
      if (!results) throw notFound('names no survey round', { field: 'params/id', rule: 'exists' });
      return results;
    },
  );
};

export default surveysRoutes;
