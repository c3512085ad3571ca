import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errors } from '../shared/errors.schemas.ts';
import { route } from '../shared/routes.ts';
import {
  AreaConnectionsQuery,
  AreaConnectionsSchema,
  AreaCsvQuery,
  BuurtConnectorSchema,
  ConnectorAreaSchema,
} from './connector-area.schemas.ts';
import { AreaParamsSchema, BuurtParamsSchema, DateTimeSchema, UuidSchema } from '../shared/schemas.ts';
import { areaConnections, areaCsv } from './connector-area.service.ts';
import { connectorService } from './connector.service.ts';

const connectorRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = connectorService(app.pg.pool);
  app.get(
    '/api/connector/areas',
    route('connector', {
      tags: ['connector'],
      summary: 'The buurten and wijken I am connector (buurtverbinder) for',
      response: { 200: Type.Array(ConnectorAreaSchema), ...errors(401, 403) },
    }),
    async (request) => service.areas(request.user!.id),
  );

  app.get(
    '/api/connector/residents',
    route('connector', {
      tags: ['connector'],
      summary: 'Residents who allowed me to record their inventory with them (interview mode)',
      response: {
        200: Type.Array(
          Type.Object({
            id: UuidSchema,
            displayName: Type.String(),
            buurt: Type.Union([Type.Object({ code: Type.String(), name: Type.String() }), Type.Null()]),
            consentGivenAt: DateTimeSchema,
          }),
        ),
        ...errors(401, 403),
      },
    }),
    async (request) => service.consentingResidents(request.user!.id),
  );

  app.get(
    '/api/areas/buurten/:code/connectors',
    route('public', {
      tags: ['connector', 'areas'],
      summary:
        'The connectors (buurtverbinders) of a buurt, by display name: a resident of the buurt may ask them for an introduction, for help',
      params: BuurtParamsSchema,
      response: { 200: Type.Array(BuurtConnectorSchema), ...errors(400) },
    }),
    async (request) => service.buurtConnectors(request.params.code),
  );

  app.addSchema(AreaConnectionsSchema);
  const areaErrors = errors(400, 401, 403, 404);

  app.get(
    '/api/connector/areas/:code/connections',
    route('connector', {
      tags: ['connector', 'introductions'],
      summary:
        'My area at a glance: the connections waiting to be made (a page of them, by buurt and rule), groups to start, introductions with their status, figures per buurt',
      params: AreaParamsSchema,
      querystring: AreaConnectionsQuery,
      response: { 200: Type.Ref(AreaConnectionsSchema), ...areaErrors },
    }),
    async (request) => {
      const { lang, ...query } = request.query;
      return areaConnections(
        app.pg.pool,
        request.user!.id,
        request.params.code,
        lang ?? request.user!.language ?? 'nl',
        query,
      );
    },
  );

  app.get(
    '/api/connector/areas/:code/connections.csv',
    route('connector', {
      tags: ['connector', 'introductions'],
      summary: 'One table of the area view as CSV: figures per buurt, introductions, or suggested connections',
      params: AreaParamsSchema,
      querystring: AreaCsvQuery,
      produces: ['text/csv'],
      response: {
        200: Type.String({ description: 'text/csv; UTF-8 with a byte order mark, for spreadsheets' }),
        ...areaErrors,
      },
    }),
    async (request, reply) => {
      const table = request.query.table ?? 'figures';
      const csv = await areaCsv(
        app.pg.pool,
        request.user!.id,
        request.params.code,
        request.query.lang ?? request.user!.language ?? 'nl',
        table,
      );
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="krachtkaart-${request.params.code}-${table}.csv"`)
        .send(csv);
    },
  );
};

export default connectorRoutes;
