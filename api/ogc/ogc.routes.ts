import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { stringify } from 'csv-stringify';
import { parseBbox, WORLD } from '../shared/bbox.ts';
import { errors } from '../shared/errors.schemas.ts';
import { notFound } from '../shared/http-error.ts';
import { route } from '../shared/routes.ts';
import {
  CollectionParamsSchema,
  CollectionSchema,
  CollectionsSchema,
  ConformanceSchema,
  DEFAULT_LIMIT,
  FeatureCollectionResponseSchema,
  FeatureParamsSchema,
  FeatureResponseSchema,
  FormatQuerySchema,
  ItemsQuerySchema,
  LandingPageSchema,
  MAX_LIMIT,
  OpenDataParamsSchema,
  type Collection,
  type ItemsQuery,
  type Link,
} from './ogc.schemas.ts';
import { layerExtents, layerFeature, layerPage, wholeLayer, type FeatureRow } from './ogc.service.ts';
import { DATA_LICENCE, PUBLIC_LAYERS, publicLayer, type PublicLayer } from './public-layers.ts';

const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
const GEOJSON = 'application/geo+json';
const JSON_TYPE = 'application/json';
const CONFORMANCE = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
];
const LICENCE_LINK: Link = { href: DATA_LICENCE.url, rel: 'license', type: 'text/html', title: DATA_LICENCE.name };
const tags = ['open data'];

/** Both languages, as one text: the OGC answers have one title per collection. */
const bilingual = (text: { nl: string; en: string }, separator: string) => `${text.nl}${separator}${text.en}`;

/** The layer of a collection id, or a 404 that lists the collections there are. */
function layerOr404(id: string, field: string): PublicLayer {
  const layer = publicLayer(id);
  if (!layer)
    throw notFound(
      `has no collection "${id}"; the collections are ${PUBLIC_LAYERS.map((known) => known.id).join(', ')}`,
      { field, rule: 'exists' },
    );
  return layer;
}

/** A feature as GeoJSON text, around the geometry text the database wrote. */
function featureJson(row: FeatureRow, links?: Link[]): string {
  const tail = links ? `,"links":${JSON.stringify(links)}` : '';
  return `{"type":"Feature","id":${JSON.stringify(row.id)},"geometry":${row.geometry},"properties":${JSON.stringify(row.properties)}${tail}}`;
}

/** A CSV cell: lists joined with ";", absent values empty. */
function csvValue(value: unknown): unknown {
  return Array.isArray(value) ? value.join(';') : value;
}

/**
 * OGC API – Features, Part 1: Core, at /ogc, for the public layers (public-layers.ts); and the same layers as whole
 * files at /api/open-data/{layer}.geojson and .csv. Everything here is what an anonymous visitor may see on the map.
 */
const ogcRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(CollectionSchema);
  const base = app.settings.publicUrl.replace(/\/+$/, '');
  const ogc = `${base}/ogc`;

  function collectionOf(layer: PublicLayer, extent = WORLD): Collection {
    const items = `${ogc}/collections/${layer.id}/items`;
    return {
      id: layer.id,
      title: bilingual(layer.title, ' / '),
      description: bilingual(layer.description, ' — '),
      itemType: 'feature',
      crs: [CRS84],
      extent: { spatial: { bbox: [[extent.minLng, extent.minLat, extent.maxLng, extent.maxLat]], crs: CRS84 } },
      license: DATA_LICENCE.name,
      attribution: DATA_LICENCE.attribution[layer.source],
      links: [
        { href: `${ogc}/collections/${layer.id}`, rel: 'self', type: JSON_TYPE, title: 'This collection' },
        { href: items, rel: 'items', type: GEOJSON, title: 'The features' },
        { href: `${base}/api/open-data/${layer.id}.geojson`, rel: 'enclosure', type: GEOJSON, title: 'All, GeoJSON' },
        { href: `${base}/api/open-data/${layer.id}.csv`, rel: 'enclosure', type: 'text/csv', title: 'All, CSV' },
        LICENCE_LINK,
      ],
    };
  }

  /** The URL of a page of items with these parameters (absolute, from PUBLIC_URL). */
  function itemsUrl(layer: string, query: ItemsQuery, offset: number, limit: number): string {
    const params = new URLSearchParams();
    if (query.f) params.set('f', query.f);
    if (query.bbox) params.set('bbox', query.bbox);
    params.set('limit', String(limit));
    params.set('offset', String(offset));
    return `${ogc}/collections/${layer}/items?${params.toString()}`;
  }

  app.get(
    '/ogc',
    route('public', {
      tags,
      summary: 'OGC API – Features: the landing page',
      querystring: FormatQuerySchema,
      response: { 200: LandingPageSchema, ...errors(400) },
    }),
    async (_request, reply) =>
      reply.type(JSON_TYPE).send({
        title: 'Krachtkaart — OGC API Features',
        description:
          'De openbare lagen van de kaart: organisaties, plekken, spullen, verhalen, aanbod en vragen, bewoners per vak ' +
          '(vanaf k) en buurten en wijken. — The public layers of the map: organisations, places, things, stories, ' +
          'offers and wishes, residents per cell (from k on), and buurten and wijken.',
        links: [
          { href: ogc, rel: 'self', type: JSON_TYPE, title: 'This document' },
          {
            href: `${base}/api/openapi.json`,
            rel: 'service-desc',
            type: 'application/vnd.oai.openapi+json;version=3.0',
            title: 'The API definition',
          },
          { href: `${base}/docs`, rel: 'service-doc', type: 'text/html', title: 'The API documentation' },
          { href: `${ogc}/conformance`, rel: 'conformance', type: JSON_TYPE, title: 'Conformance classes' },
          { href: `${ogc}/collections`, rel: 'data', type: JSON_TYPE, title: 'The collections' },
          LICENCE_LINK,
        ],
      }),
  );

  app.get(
    '/ogc/conformance',
    route('public', {
      tags,
      summary: 'OGC API – Features: the conformance classes this server implements',
      querystring: FormatQuerySchema,
      response: { 200: ConformanceSchema, ...errors(400) },
    }),
    async (_request, reply) => reply.type(JSON_TYPE).send({ conformsTo: CONFORMANCE }),
  );

  app.get(
    '/ogc/collections',
    route('public', {
      tags,
      summary: 'OGC API – Features: the public layers, each with its bbox',
      querystring: FormatQuerySchema,
      response: { 200: CollectionsSchema, ...errors(400) },
    }),
    async (_request, reply) => {
      const extents = await layerExtents(app.pg.pool);
      return reply.type(JSON_TYPE).send({
        links: [{ href: `${ogc}/collections`, rel: 'self', type: JSON_TYPE, title: 'This document' }, LICENCE_LINK],
        collections: PUBLIC_LAYERS.map((layer) => collectionOf(layer, extents.get(layer.id))),
      });
    },
  );

  app.get(
    '/ogc/collections/:collectionId',
    route('public', {
      tags,
      summary: 'OGC API – Features: one public layer',
      params: CollectionParamsSchema,
      querystring: FormatQuerySchema,
      response: { 200: Type.Ref(CollectionSchema), ...errors(400, 404) },
    }),
    async (request, reply) => {
      const layer = layerOr404(request.params.collectionId, 'params/collectionId');
      const extents = await layerExtents(app.pg.pool);
      return reply.type(JSON_TYPE).send(collectionOf(layer, extents.get(layer.id)));
    },
  );

  app.get(
    '/ogc/collections/:collectionId/items',
    route('public', {
      tags,
      summary: `OGC API – Features: a page of a layer's features as GeoJSON, in id order (limit ${DEFAULT_LIMIT} by default, at most ${MAX_LIMIT})`,
      params: CollectionParamsSchema,
      querystring: ItemsQuerySchema,
      produces: [GEOJSON],
      response: { 200: FeatureCollectionResponseSchema, ...errors(400, 404) },
    }),
    async (request, reply) => {
      const { collectionId } = request.params;
      const layer = layerOr404(collectionId, 'params/collectionId');
      const query = request.query;
      const bbox = query.bbox ? parseBbox(query.bbox) : WORLD;
      // The standard: a limit above the most is no error; the most is used instead.
      const limit = Math.min(query.limit ?? DEFAULT_LIMIT, MAX_LIMIT);
      const offset = query.offset ?? 0;
      const page = await layerPage(app.pg.pool, layer.id, bbox, { offset, limit });
      const links: Link[] = [
        { href: itemsUrl(layer.id, query, offset, limit), rel: 'self', type: GEOJSON, title: 'This page' },
        { href: `${ogc}/collections/${layer.id}`, rel: 'collection', type: JSON_TYPE, title: 'The collection' },
        LICENCE_LINK,
      ];
      if (offset + page.features.length < page.matched)
        links.push({ href: itemsUrl(layer.id, query, offset + limit, limit), rel: 'next', type: GEOJSON });
      if (offset > 0)
        links.push({ href: itemsUrl(layer.id, query, Math.max(0, offset - limit), limit), rel: 'prev', type: GEOJSON });
      const head = {
        type: 'FeatureCollection',
        numberMatched: page.matched,
        numberReturned: page.features.length,
        timeStamp: new Date().toISOString(),
        license: DATA_LICENCE.name,
        attribution: DATA_LICENCE.attribution[layer.source],
        links,
      };
      const json = `${JSON.stringify(head).slice(0, -1)},"features":[${page.features.map((row) => featureJson(row)).join(',')}]}`;
      // Text, sent as it is (the response schema documents it).
      return reply.type(GEOJSON).send(json as never);
    },
  );

  app.get(
    '/ogc/collections/:collectionId/items/:featureId',
    route('public', {
      tags,
      summary: 'OGC API – Features: one feature of a layer, as GeoJSON',
      params: FeatureParamsSchema,
      querystring: FormatQuerySchema,
      produces: [GEOJSON],
      response: { 200: FeatureResponseSchema, ...errors(400, 404) },
    }),
    async (request, reply) => {
      const { collectionId, featureId } = request.params;
      const layer = layerOr404(collectionId, 'params/collectionId');
      const row = await layerFeature(app.pg.pool, layer.id, featureId);
      if (!row)
        throw notFound(`has no feature "${featureId}" in collection "${layer.id}"`, {
          field: 'params/featureId',
          rule: 'exists',
        });
      const links: Link[] = [
        { href: `${ogc}/collections/${layer.id}/items/${featureId}`, rel: 'self', type: GEOJSON },
        { href: `${ogc}/collections/${layer.id}`, rel: 'collection', type: JSON_TYPE },
        LICENCE_LINK,
      ];
      return reply.type(GEOJSON).send(featureJson(row, links) as never);
    },
  );

  app.get(
    '/api/open-data/:file',
    route('public', {
      tags,
      summary: `A whole public layer as one file: {layer}.geojson or {layer}.csv (points as lng and lat; an area as a point inside it), under ${DATA_LICENCE.name}`,
      params: OpenDataParamsSchema,
      produces: [GEOJSON, 'text/csv'],
      response: {
        200: Type.String({ description: `GeoJSON or CSV (UTF-8); the licence in a Link header (rel="license")` }),
        ...errors(400, 404),
      },
    }),
    async (request, reply) => {
      const [id, format] = request.params.file.split('.') as [string, 'geojson' | 'csv'];
      const layer = layerOr404(id, 'params/file');
      const pages = wholeLayer(app.pg.pool, layer.id);
      reply
        .header('link', `<${DATA_LICENCE.url}>; rel="license"`)
        .header('content-disposition', `attachment; filename="krachtkaart-${layer.id}.${format}"`);
      if (format === 'csv') {
        const rows = Readable.from(
          (async function* csvRows() {
            for await (const page of pages)
              for (const row of page)
                yield [row.id, row.lng, row.lat, ...layer.columns.map((column) => csvValue(row.properties[column]))];
          })(),
        );
        const csv = rows.pipe(stringify({ header: true, columns: ['id', 'lng', 'lat', ...layer.columns] }));
        rows.once('error', (error) => csv.destroy(error));
        return reply.type('text/csv; charset=utf-8').send(csv as never);
      }
      const head = {
        type: 'FeatureCollection',
        name: layer.id,
        license: DATA_LICENCE.name,
        attribution: DATA_LICENCE.attribution[layer.source],
        links: [LICENCE_LINK, { href: `${ogc}/collections/${layer.id}`, rel: 'describedby', type: JSON_TYPE }],
      };
      const body = Readable.from(
        (async function* geojson() {
          yield `${JSON.stringify(head).slice(0, -1)},"features":[\n`;
          let first = true;
          for await (const page of pages) {
            const text = page.map((row) => featureJson(row)).join(',\n');
            yield first ? text : `,\n${text}`;
            first = false;
          }
          yield '\n]}\n';
        })(),
        // One page's text waits at a time: memory stays the same whatever the layer's size.
        { highWaterMark: 1 },
      );
      return reply.type(GEOJSON).send(body as never);
    },
  );
};

export default ogcRoutes;
