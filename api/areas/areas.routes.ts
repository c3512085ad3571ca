import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errors } from '../shared/errors.schemas.ts';
import { route } from '../shared/routes.ts';
import {
  AreaListQuerySchema,
  BuurtCollectionSchema,
  BuurtFeatureSchema,
  LookupQuerySchema,
  LookupResultSchema,
  MunicipalitySchema,
  AreaSourceSchema,
  WijkCollectionSchema,
  WijkDetailSchema,
  areaSchemas,
} from './areas.schemas.ts';
import { BuurtParamsSchema, WijkParamsSchema } from '../shared/schemas.ts';
import { areasService } from './areas.service.ts';

const areasRoutes: FastifyPluginAsyncTypebox = async (app) => {
  for (const schema of areaSchemas) app.addSchema(schema);
  const service = areasService(app.pg.pool);

  app.get(
    '/api/areas/municipalities',
    route('public', {
      tags: ['areas'],
      summary: 'The loaded municipalities with their extent and their numbers of wijken and buurten, the largest first',
      response: { 200: Type.Array(MunicipalitySchema) },
    }),
    async () => service.municipalities(),
  );

  app.get(
    '/api/areas/sources',
    route('public', {
      tags: ['areas'],
      summary:
        'Where the loaded boundaries and key figures come from (publisher, title, year, licence, attribution), with how many areas each gave',
      response: { 200: Type.Array(AreaSourceSchema) },
    }),
    async () => service.sources(),
  );

  app.get(
    '/api/areas/buurten',
    route('public', {
      tags: ['areas'],
      summary: 'All buurten as GeoJSON, optionally only those meeting a bbox',
      querystring: AreaListQuerySchema,
      response: { 200: Type.Ref(BuurtCollectionSchema), ...errors(400) },
    }),
    async (request) => service.buurten(request.query.bbox),
  );

  app.get(
    '/api/areas/buurten/:code',
    route('public', {
      tags: ['areas'],
      summary: 'One buurt by its CBS code',
      params: BuurtParamsSchema,
      response: { 200: Type.Ref(BuurtFeatureSchema), ...errors(400, 404) },
    }),
    async (request) => service.buurt(request.params.code),
  );

  app.get(
    '/api/areas/wijken',
    route('public', {
      tags: ['areas'],
      summary: 'All wijken as GeoJSON, optionally only those meeting a bbox',
      querystring: AreaListQuerySchema,
      response: { 200: Type.Ref(WijkCollectionSchema), ...errors(400) },
    }),
    async (request) => service.wijken(request.query.bbox),
  );

  app.get(
    '/api/areas/wijken/:code',
    route('public', {
      tags: ['areas'],
      summary: 'One wijk by its CBS code, with its CBS key figures',
      params: WijkParamsSchema,
      response: { 200: Type.Ref(WijkDetailSchema), ...errors(400, 404) },
    }),
    async (request) => service.wijk(request.params.code),
  );

  app.get(
    '/api/areas/lookup',
    route('public', {
      tags: ['areas'],
      summary: 'Which buurt and wijk contain a point (404 outside the municipality)',
      querystring: LookupQuerySchema,
      response: { 200: Type.Ref(LookupResultSchema), ...errors(400, 404) },
    }),
    async (request) => service.lookup(request.query.lng, request.query.lat),
  );
};

export default areasRoutes;
