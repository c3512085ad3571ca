import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errors } from '../shared/errors.schemas.ts';
import { route } from '../shared/routes.ts';
import { InstanceSchema, InstanceSettingsBodySchema, InstanceSettingsSchema } from './instance.schemas.ts';
import { instanceService } from './instance.service.ts';

const tags = ['instance'];

const instanceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = instanceService(app.pg.pool, app.instanceSettings, app.geocoder.available);

  app.get(
    '/api/instance',
    route('public', {
      tags,
      summary:
        "This instance's name, languages and background map, which set-up steps are done, and whether it is the demo",
      response: { 200: InstanceSchema },
    }),
    async () => service.instance(),
  );

  app.put(
    '/api/admin/instance',
    route('admin', {
      tags,
      summary: "Change the instance's name, languages and background map; applies at once",
      body: InstanceSettingsBodySchema,
      response: { 200: InstanceSettingsSchema, ...errors(400, 401, 403) },
    }),
    async (request) => service.update(request.body),
  );
};

export default instanceRoutes;
