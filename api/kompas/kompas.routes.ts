import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errors } from '../shared/errors.schemas.ts';
import { route } from '../shared/routes.ts';
import {
  BUURT_CODE_PATTERN,
  LangQuerySchema,
  LanguageSchema,
  MunicipalityCodeSchema,
  WIJK_CODE_PATTERN,
} from '../shared/schemas.ts';
import { IndicatorAcrossWijkenSchema, IndicatorSummarySchema, KompasSchema } from './kompas.schemas.ts';
import { indicatorAcrossWijken, indicatorSummaries, kompasOf } from './kompas.service.ts';

/** The neighbourhood kompas: the kompas of figures and assets against the municipal average. */
const kompasRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(KompasSchema);

  for (const [areaType, plural, pattern] of [
    ['wijk', 'wijken', WIJK_CODE_PATTERN],
    ['buurt', 'buurten', BUURT_CODE_PATTERN],
  ] as const) {
    app.get(
      `/api/areas/${plural}/:code/kompas`,
      route('public', {
        tags: ['areas', 'profile'],
        summary:
          areaType === 'wijk'
            ? 'A wijk’s kompas: CBS figures, the asset kompas and residents’ grades, indexed against the municipal mean (100), by quarter and theme'
            : 'A buurt’s kompas among the buurten: the asset kompas and residents’ grades against the municipal mean (CBS publishes no buurt figures: those are null)',
        params: Type.Object({ code: Type.String({ pattern }) }),
        querystring: LangQuerySchema,
        response: { 200: Type.Ref(KompasSchema), ...errors(400, 404) },
      }),
      async (request) =>
        kompasOf(app.pg.pool, areaType, request.params.code, request.query.lang ?? request.user?.language ?? 'nl'),
    );
  }

  app.get(
    '/api/indicators',
    route('public', {
      tags: ['profile'],
      summary:
        'Every indicator of the kompas: its family, quarter, theme, unit, direction and source, in display order',
      querystring: LangQuerySchema,
      response: { 200: Type.Array(IndicatorSummarySchema), ...errors(400) },
    }),
    async (request) => indicatorSummaries(app.pg.pool, request.query.lang ?? request.user?.language ?? 'nl'),
  );

  app.get(
    '/api/indicators/:key/wijken',
    route('public', {
      tags: ['profile'],
      summary:
        'One indicator across the wijken of one municipality (by default the largest loaded), for a choropleth: values, indices, classes and the class breaks against that municipality',
      params: Type.Object({ key: Type.String({ pattern: '^[a-z0-9-]{2,60}$' }) }),
      querystring: Type.Object(
        { lang: Type.Optional(LanguageSchema), municipality: Type.Optional(MunicipalityCodeSchema) },
        { additionalProperties: false },
      ),
      response: { 200: IndicatorAcrossWijkenSchema, ...errors(400, 404) },
    }),
    async (request) =>
      indicatorAcrossWijken(
        app.pg.pool,
        request.params.key,
        request.query.lang ?? request.user?.language ?? 'nl',
        request.query.municipality,
      ),
  );
};

export default kompasRoutes;
