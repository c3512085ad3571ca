import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errorResponses } from '../shared/errors.schemas.ts';
import { connectorRepository } from './connector.repository.ts';

const ConnectorAreaSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  type: Type.Union([Type.Literal('buurt'), Type.Literal('wijk')]),
  code: Type.String(),
  name: Type.String(),
  buurtCount: Type.Integer(),
  grantedAt: Type.String({ format: 'date-time' }),
});

const connectorRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/connector/areas',
    {
      config: { access: 'connector' },
      schema: {
        tags: ['connector'],
        summary: 'The buurten and wijken I am connector (buurtverbinder) for',
        response: { 200: Type.Array(ConnectorAreaSchema), 401: errorResponses[401], 403: errorResponses[403] },
      },
    },
    async (request) => connectorRepository.listAreas(app.pg.pool, request.user!.id),
  );

  app.get(
    '/api/connector/residents',
    {
      config: { access: 'connector' },
      schema: {
        tags: ['connector'],
        summary: 'Residents who allowed me to record their inventory with them (interview mode)',
        response: {
          200: Type.Array(
            Type.Object({
              id: Type.String({ format: 'uuid' }),
              displayName: Type.String(),
              buurt: Type.Union([Type.Object({ code: Type.String(), name: Type.String() }), Type.Null()]),
              consentGivenAt: Type.String({ format: 'date-time' }),
            }),
          ),
          401: errorResponses[401],
          403: errorResponses[403],
        },
      },
    },
    async (request) => connectorRepository.listConsentingResidents(app.pg.pool, request.user!.id),
  );

  app.get(
    '/api/areas/buurten/:code/connectors',
    {
      config: { access: 'public' },
      schema: {
        tags: ['connector', 'areas'],
        summary: 'The connectors (buurtverbinders) of a buurt, by display name',
        params: Type.Object({ code: Type.String({ pattern: '^BU[0-9]{8}$' }) }),
        response: { 200: Type.Array(Type.Object({ id: Type.String(), displayName: Type.String() })), 400: errorResponses[400] },
      },
    },
    async (request) => connectorRepository.listBuurtConnectors(app.pg.pool, request.params.code),
  );
};

export default connectorRoutes;
