import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { ErrorSchema } from '../shared/errors.schemas.ts';
import { MultiPolygonSchema } from '../shared/geojson.schemas.ts';

/** The OpenAPI document is generated from the same TypeBox schemas that validate requests and serialize responses. */
async function openapiPlugin(app: FastifyInstance) {
  app.addSchema(ErrorSchema);
  app.addSchema(MultiPolygonSchema);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Krachtkaart API',
        version: '0.1.0',
        description:
          'Assets, figures and connections of Dutch neighbourhoods. Coordinates are WGS84 `[lng, lat]`. ' +
          'Errors name the field and the rule that failed.',
        license: { name: 'AGPL-3.0-or-later' },
      },
      tags: [
        { name: 'system', description: 'Health and metadata' },
        { name: 'areas', description: 'Municipalities, wijken and buurten (CBS codes)' },
        {
          name: 'auth',
          description: 'Sign up, log in, password reset. State-changing requests need the x-csrf-token header',
        },
        { name: 'me', description: 'My account, profile and data (export, deletion)' },
        {
          name: 'organisations',
          description: 'Associations, initiatives, institutions and businesses, with their members',
        },
        {
          name: 'assets',
          description:
            'The ABCD assets: capacity inventories, organisations’ offers and wishes, places, things, stories; the map',
        },
        { name: 'connector', description: 'For buurtverbinders and community builders' },
        { name: 'admin', description: 'For administrators' },
      ],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, index) => String(json.$id ?? `def-${index}`) },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    // Swagger UI sets a few inline styles: allow those on the docs pages only, not on the app.
    transformStaticCSP: (header) => header.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}

export default fp(openapiPlugin, { name: 'openapi', dependencies: ['errors', 'authorization'] });
