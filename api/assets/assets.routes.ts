import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errors } from '../shared/errors.schemas.ts';
import { noContent, route } from '../shared/routes.ts';
import { BuurtParamsSchema, IdParamsSchema, LangQuerySchema, WijkParamsSchema } from '../shared/schemas.ts';
import { CELL_SIZE_M, K_ANONYMITY } from '../shared/policy.ts';
import {
  AssetSchema,
  BuurtSummarySchema,
  CreateAssetBodySchema,
  MapQuerySchema,
  MapResponseSchema,
  WijkSummarySchema,
  UpdateAssetBodySchema,
} from './assets.schemas.ts';
import { assetsService } from './assets.service.ts';
import type { MapResponse } from './assets.schemas.ts';
import { buurtSummary, mapForQuery, wijkSummary } from './map.service.ts';

const assetsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(AssetSchema);
  app.addSchema(MapResponseSchema);
  const service = assetsService(app.pg);
  const asset = Type.Ref(AssetSchema);

  app.post(
    '/api/assets',
    route('user', {
      tags: ['assets'],
      summary:
        'Add an asset: an item of your capacity inventory, a place, a thing to lend, a story, or an organisation’s offer or wish',
      body: CreateAssetBodySchema,
      response: { 201: asset, ...errors(400, 401, 403) },
    }),
    async (request, reply) => reply.status(201).send(await service.create(request.body, request.user!)),
  );

  app.get(
    '/api/assets/:id',
    route('public', {
      tags: ['assets'],
      summary: 'One asset, as far as you may see it (a resident’s item never with a location)',
      params: IdParamsSchema,
      response: { 200: asset, ...errors(404) },
    }),
    async (request) => service.read(request.params.id, request.user),
  );

  app.patch(
    '/api/assets/:id',
    route('user', {
      tags: ['assets'],
      summary: 'Change an asset you own (or your organisation owns)',
      params: IdParamsSchema,
      body: UpdateAssetBodySchema,
      response: { 200: asset, ...errors(400, 404, 401, 403) },
    }),
    async (request) => service.update(request.params.id, request.body, request.user!),
  );

  app.delete(
    '/api/assets/:id',
    route('user', {
      tags: ['assets'],
      summary: 'Delete an asset you own (or your organisation owns)',
      params: IdParamsSchema,
      response: { 204: Type.Null(), ...errors(404, 401, 403) },
    }),
    async (request, reply) => noContent(reply, service.delete(request.params.id, request.user!)),
  );

  app.post(
    '/api/assets/:id/confirm',
    route('user', {
      tags: ['assets'],
      summary: 'Confirm that an asset is still active (answers the "still active?" prompt)',
      params: IdParamsSchema,
      response: { 200: asset, ...errors(404, 401, 403) },
    }),
    async (request) => service.confirm(request.params.id, request.user!),
  );

  app.get(
    '/api/me/assets',
    route('user', {
      tags: ['assets', 'me'],
      summary: 'My assets and those of my organisations, the oldest confirmation first',
      response: { 200: Type.Array(asset), ...errors(401, 403) },
    }),
    async (request) => service.mine(request.user!),
  );

  app.get(
    '/api/map',
    route('public', {
      tags: ['assets'],
      summary: `The map as GeoJSON: public assets exactly, residents only as counts per ${CELL_SIZE_M} m cell (k ≥ ${K_ANONYMITY}) or per buurt`,
      querystring: MapQuerySchema,
      response: { 200: Type.Ref(MapResponseSchema), ...errors(400) },
    }),
    async (request, reply) => {
      // JSON text, sent as it is (the response schema documents it; see buildMap).
      const json = await mapForQuery(app.pg.pool, request.query, request.user?.id ?? null);
      // The type provider knows the answer only as an object; this text is that object, written.
      return reply.type('application/json; charset=utf-8').send(json as unknown as MapResponse);
    },
  );

  app.get(
    '/api/areas/buurten/:code/summary',
    route('public', {
      tags: ['assets', 'areas'],
      summary: `What a buurt has: counts by type and domain, and its top tags (residents counted only from k = ${K_ANONYMITY})`,
      params: BuurtParamsSchema,
      querystring: LangQuerySchema,
      response: { 200: BuurtSummarySchema, ...errors(400, 404) },
    }),
    async (request) =>
      buurtSummary(app.pg.pool, request.params.code, request.query.lang ?? request.user?.language ?? 'nl'),
  );

  app.get(
    '/api/areas/wijken/:code/summary',
    route('public', {
      tags: ['assets', 'areas'],
      summary: `What a wijk has, as the sum of its buurten (residents counted per buurt only from k = ${K_ANONYMITY})`,
      params: WijkParamsSchema,
      querystring: LangQuerySchema,
      response: { 200: WijkSummarySchema, ...errors(400, 404) },
    }),
    async (request) =>
      wijkSummary(app.pg.pool, request.params.code, request.query.lang ?? request.user?.language ?? 'nl'),
  );
};

export default assetsRoutes;
