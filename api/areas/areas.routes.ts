import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { parseBbox } from '../shared/bbox.ts';
import { orNotFound } from '../shared/http-error.ts';
import { errorResponses } from '../shared/errors.schemas.ts';
import {
  AreaListQuerySchema,
  BuurtCollectionSchema,
  BuurtFeatureSchema,
  LookupQuerySchema,
  LookupResultSchema,
  WijkCollectionSchema,
  WijkDetailSchema,
  areaSchemas,
} from './areas.schemas.ts';
import { BuurtParamsSchema, WijkParamsSchema } from '../shared/schemas.ts';
import { areasRepository as repository } from './areas.repository.ts';

const areasRoutes: FastifyPluginAsyncTypebox = async (app) => {
  for (const schema of areaSchemas) app.addSchema(schema);
  const db = app.pg.pool;

  app.get(
    '/api/areas/buurten',
    {
      config: { access: 'public' },
      schema: {
        tags: ['areas'],
        summary: 'All buurten as GeoJSON, optionally only those meeting a bbox',
        querystring: AreaListQuerySchema,
        response: { 200: Type.Ref(BuurtCollectionSchema), 400: errorResponses[400] },
      },
    },
    async (request) => {
      const bbox = request.query.bbox === undefined ? undefined : parseBbox(request.query.bbox);
      return { type: 'FeatureCollection' as const, features: await repository.listBuurten(db, bbox) };
    },
  );

  app.get(
    '/api/areas/buurten/:code',
    {
      config: { access: 'public' },
      schema: {
        tags: ['areas'],
        summary: 'One buurt by its CBS code',
        params: BuurtParamsSchema,
        response: { 200: Type.Ref(BuurtFeatureSchema), 400: errorResponses[400], 404: errorResponses[404] },
      },
    },
    async (request) => {
      const buurt = await repository.findBuurt(db, request.params.code);
      return orNotFound(buurt, `There is no buurt with code ${request.params.code}.`);
    },
  );

  app.get(
    '/api/areas/wijken',
    {
      config: { access: 'public' },
      schema: {
        tags: ['areas'],
        summary: 'All wijken as GeoJSON, optionally only those meeting a bbox',
        querystring: AreaListQuerySchema,
        response: { 200: Type.Ref(WijkCollectionSchema), 400: errorResponses[400] },
      },
    },
    async (request) => {
      const bbox = request.query.bbox === undefined ? undefined : parseBbox(request.query.bbox);
      return { type: 'FeatureCollection' as const, features: await repository.listWijken(db, bbox) };
    },
  );

  app.get(
    '/api/areas/wijken/:code',
    {
      config: { access: 'public' },
      schema: {
        tags: ['areas'],
        summary: 'One wijk by its CBS code, with its CBS key figures',
        params: WijkParamsSchema,
        response: { 200: Type.Ref(WijkDetailSchema), 400: errorResponses[400], 404: errorResponses[404] },
      },
    },
    async (request) => {
      const wijk = await repository.findWijk(db, request.params.code);
      return orNotFound(wijk, `There is no wijk with code ${request.params.code}.`);
    },
  );

  app.get(
    '/api/areas/lookup',
    {
      config: { access: 'public' },
      schema: {
        tags: ['areas'],
        summary: 'Which buurt and wijk contain a point (404 outside the municipality)',
        querystring: LookupQuerySchema,
        response: { 200: Type.Ref(LookupResultSchema), 400: errorResponses[400], 404: errorResponses[404] },
      },
    },
    async (request) => {
      const { lng, lat } = request.query;
      const found = await repository.lookup(db, lng, lat);
      return orNotFound(found, `The point (lng ${lng}, lat ${lat}) lies outside every wijk on the map.`);
    },
  );
};

export default areasRoutes;
