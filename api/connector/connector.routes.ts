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
};

export default connectorRoutes;
