import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errors } from '../shared/errors.schemas.ts';
import { accountRateLimit } from '../shared/rate-limit.ts';
import { route } from '../shared/routes.ts';
import { AddressQuerySchema, AddressSuggestionSchema } from './geocoder.schemas.ts';

const geocoderRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/geocoder/suggestions',
    route(
      'user',
      {
        tags: ['me'],
        summary:
          'Addresses and postcodes that match what was typed, from the geocoder the instance names (404 when it names none)',
        querystring: AddressQuerySchema,
        response: { 200: Type.Array(AddressSuggestionSchema), ...errors(400, 401, 404, 429, 502) },
      },
      { preHandler: accountRateLimit('address-search', app.settings.probeLimits.addressSearches) },
    ),
    async (request) => app.geocoder.suggest(request.query.q),
  );
};

export default geocoderRoutes;
