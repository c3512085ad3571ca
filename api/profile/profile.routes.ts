import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errorResponses, InputError } from '../shared/errors.schemas.ts';
import { StringEnum } from '../shared/schemas.ts';
import { KompasSchema } from './profile.schemas.ts';
import { wijkKompas } from './profile.service.ts';

/** The neighbourhood profile (issue 6): the kompas of figures and assets against the municipal average. */
const profileRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(KompasSchema);

  app.get(
    '/api/areas/wijken/:code/kompas',
    {
      config: { access: 'public' },
      schema: {
        tags: ['areas', 'profile'],
        summary: 'A wijk’s kompas: CBS figures and the asset kompas, indexed against the municipal mean (100), by quarter and theme',
        params: Type.Object({ code: Type.String({ pattern: '^WK[0-9]{6}$' }) }),
        querystring: Type.Object({ lang: Type.Optional(StringEnum(['nl', 'en'] as const)) }, { additionalProperties: false }),
        response: { 200: Type.Ref(KompasSchema), 400: errorResponses[400], 404: errorResponses[404] },
      },
    },
    async (request) => {
      const kompas = await wijkKompas(app.pg.pool, request.params.code, request.query.lang ?? request.user?.language ?? 'nl');
      if (!kompas) throw new InputError('params/code', 'exists', 'names no wijk', 404);
      return kompas;
    },
  );
};

export default profileRoutes;
