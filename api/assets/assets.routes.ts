import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { notFound, orNotFound } from '../shared/http-error.ts';
import { errorResponses } from '../shared/errors.schemas.ts';
import { BuurtParamsSchema, IdParamsSchema, LangQuerySchema, WijkParamsSchema } from '../shared/schemas.ts';
import { CELL_SIZE_M, K_ANONYMITY } from '../shared/policy.ts';
import { parseBbox, WORLD } from '../shared/bbox.ts';
import {
  AssetSchema,
  BuurtSummarySchema,
  CreateAssetBodySchema,
  MapQuerySchema,
  MapResponseSchema,
  WijkSummarySchema,
  UpdateAssetBodySchema,
} from './assets.schemas.ts';
import { assetsRepository as repository, textPattern } from './assets.repository.ts';
import { assetsService } from './assets.service.ts';
import type { MapResponse } from './assets.schemas.ts';
import { buildAreaSummary, buildMap } from './map.service.ts';
const ALL_TYPES = ['organisation', 'place', 'thing', 'story', 'organisation-item', 'people'];
const denied = { 401: errorResponses[401], 403: errorResponses[403] };

const assetsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(AssetSchema);
  app.addSchema(MapResponseSchema);
  const service = assetsService(app.pg);
  const asset = Type.Ref(AssetSchema);

  app.post(
    '/api/assets',
    {
      config: { access: 'user' },
      schema: {
        tags: ['assets'],
        summary:
          'Add an asset: an item of your capacity inventory, a place, a thing to lend, a story, or an organisation’s offer or wish',
        body: CreateAssetBodySchema,
        response: { 201: asset, 400: errorResponses[400], ...denied },
      },
    },
    async (request, reply) => reply.status(201).send(await service.create(request.body, request.user!)),
  );

  app.get(
    '/api/assets/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['assets'],
        summary: 'One asset, as far as you may see it (a resident’s item never with a location)',
        params: IdParamsSchema,
        response: { 200: asset, 404: errorResponses[404] },
      },
    },
    async (request) =>
      orNotFound(
        await repository.find(app.pg.pool, request.params.id, service.viewerOf(request.user)),
        'There is no asset with this id that you can see.',
      ),
  );

  app.patch(
    '/api/assets/:id',
    {
      config: { access: 'user' },
      schema: {
        tags: ['assets'],
        summary: 'Change an asset you own (or your organisation owns)',
        params: IdParamsSchema,
        body: UpdateAssetBodySchema,
        response: { 200: asset, 400: errorResponses[400], 404: errorResponses[404], ...denied },
      },
    },
    async (request) =>
      orNotFound(
        await service.update(request.params.id, request.body, request.user!),
        'There is no asset with this id that you can see.',
      ),
  );

  app.delete(
    '/api/assets/:id',
    {
      config: { access: 'user' },
      schema: {
        tags: ['assets'],
        summary: 'Delete an asset you own (or your organisation owns)',
        params: IdParamsSchema,
        response: { 204: Type.Null(), 404: errorResponses[404], ...denied },
      },
    },
    async (request, reply) => {
      if (!(await service.delete(request.params.id, request.user!))) {
        throw notFound('There is no asset with this id that you can see.');
      }
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/assets/:id/confirm',
    {
      config: { access: 'user' },
      schema: {
        tags: ['assets'],
        summary: 'Confirm that an asset is still active (answers the "still active?" prompt)',
        params: IdParamsSchema,
        response: { 200: asset, 404: errorResponses[404], ...denied },
      },
    },
    async (request) =>
      orNotFound(
        await service.confirm(request.params.id, request.user!),
        'There is no asset with this id that you can see.',
      ),
  );

  app.get(
    '/api/me/assets',
    {
      config: { access: 'user' },
      schema: {
        tags: ['assets', 'me'],
        summary: 'My assets and those of my organisations, the oldest confirmation first',
        response: { 200: Type.Array(asset), ...denied },
      },
    },
    async (request) => repository.listMine(app.pg.pool, { id: request.user!.id, language: request.user!.language }),
  );

  app.get(
    '/api/map',
    {
      config: { access: 'public' },
      schema: {
        tags: ['assets'],
        summary: `The map as GeoJSON: public assets exactly, residents only as counts per ${CELL_SIZE_M} m cell (k ≥ ${K_ANONYMITY}) or per buurt`,
        querystring: MapQuerySchema,
        response: { 200: Type.Ref(MapResponseSchema), 400: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const domainTags = query.domains ? await repository.tagsOfDomains(app.pg.pool, query.domains.split(',')) : [];
      const tags = [...(query.tags?.split(',') ?? []), ...domainTags];
      // The area: a buurt, a wijk's buurten, or the buurt if it lies in the wijk (an unknown wijk: nothing).
      let buurten = query.buurt ? [query.buurt] : null;
      if (query.wijk) {
        const wijk = await repository.findWijk(app.pg.pool, query.wijk);
        const inWijk = wijk?.buurten ?? [];
        buurten = buurten ? buurten.filter((code) => inWijk.includes(code)) : inWijk;
      }
      // JSON text, sent as it is (the response schema documents it; see buildMap).
      const json = await buildMap(
        app.pg.pool,
        {
          bbox: query.bbox ? parseBbox(query.bbox) : WORLD,
          types: query.types?.split(',') ?? ALL_TYPES,
          tags: query.tags || query.domains ? tags : null,
          direction: query.direction ?? null,
          buurten,
          text: textPattern(query.q),
        },
        { cursor: query.cursor ?? null, limit: query.limit ?? 500 },
        request.user?.id ?? null,
      );
      // The type provider knows the answer only as an object; this text is that object, written.
      return reply.type('application/json; charset=utf-8').send(json as unknown as MapResponse);
    },
  );

  app.get(
    '/api/areas/buurten/:code/summary',
    {
      config: { access: 'public' },
      schema: {
        tags: ['assets', 'areas'],
        summary: `What a buurt has: counts by type and domain, and its top tags (residents counted only from k = ${K_ANONYMITY})`,
        params: BuurtParamsSchema,
        querystring: LangQuerySchema,
        response: { 200: BuurtSummarySchema, 400: errorResponses[400], 404: errorResponses[404] },
      },
    },
    async (request) => {
      const buurt = await repository.findBuurt(app.pg.pool, request.params.code);
      if (!buurt) throw notFound(`There is no buurt with code ${request.params.code}.`);
      return {
        buurt,
        ...(await buildAreaSummary(app.pg.pool, [buurt.code], request.query.lang ?? request.user?.language ?? 'nl')),
      };
    },
  );

  app.get(
    '/api/areas/wijken/:code/summary',
    {
      config: { access: 'public' },
      schema: {
        tags: ['assets', 'areas'],
        summary: `What a wijk has, as the sum of its buurten (residents counted per buurt only from k = ${K_ANONYMITY})`,
        params: WijkParamsSchema,
        querystring: LangQuerySchema,
        response: { 200: WijkSummarySchema, 400: errorResponses[400], 404: errorResponses[404] },
      },
    },
    async (request) => {
      const wijk = await repository.findWijk(app.pg.pool, request.params.code);
      if (!wijk) throw notFound(`There is no wijk with code ${request.params.code}.`);
      const summary = await buildAreaSummary(
        app.pg.pool,
        wijk.buurten,
        request.query.lang ?? request.user?.language ?? 'nl',
      );
      return { wijk: { code: wijk.code, name: wijk.name }, buurten: wijk.buurten.length, ...summary };
    },
  );
};

export default assetsRoutes;
