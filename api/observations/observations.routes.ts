import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { errors } from '../shared/errors.schemas.ts';
import { created, noContent, route } from '../shared/routes.ts';
import { badRequest, payloadTooLarge } from '../shared/http-error.ts';
import { multipartProblem } from '../shared/multipart.ts';
import { BuurtCodeSchema, CreatedSchema, IdParamsSchema, WijkCodeSchema } from '../shared/schemas.ts';
import { findValueProblem } from '../shared/validation.ts';
import { PHOTO_MAX_BYTES, PHOTO_MAX_PIXELS } from './images.ts';
import {
  ModerationActionSchema,
  ModerationQueueQuerySchema,
  ModerationQueueSchema,
  OBSERVATION_KINDS,
  ObservationReportBodySchema,
  ObservationSchema,
} from './observations.schemas.ts';
import { observationsService, type ObservationForm } from './observations.service.ts';

const KINDS = OBSERVATION_KINDS;

/** Reads the multipart form, naming the field and the rule for anything wrong. */
async function readForm(request: FastifyRequest): Promise<ObservationForm> {
  const fields: Record<string, string> = {};
  let photo: Buffer | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'photo')
          throw badRequest(`body/${part.fieldname}`, 'additionalProperties', 'is not a field of an observation');
        photo = await part.toBuffer();
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    throw multipartProblem(error, {
      fileField: 'photo',
      maxSize: `must be at most ${PHOTO_MAX_BYTES / 1024 / 1024} MB`,
      tooManyFiles: payloadTooLarge('must be one photo at most', { field: 'body/photo', rule: 'maxItems' }),
      tooManyFields: 'has more fields than an observation has',
    });
  }
  for (const name of Object.keys(fields)) {
    if (!['kind', 'body', 'lng', 'lat'].includes(name))
      throw badRequest(`body/${name}`, 'additionalProperties', 'is not a field of an observation');
  }
  const problem = findValueProblem(fields);
  if (problem) throw badRequest(`body${problem.path}`, problem.rule, problem.message);
  const kind = fields.kind;
  if (!kind || !(KINDS as readonly string[]).includes(kind))
    throw badRequest('body/kind', 'enum', `must be one of ${KINDS.join(', ')}`);
  const body = (fields.body ?? '').trim();
  if (body.length === 0) throw badRequest('body/body', 'required', 'must say what goes well or could be better');
  if (body.length > 1000) throw badRequest('body/body', 'maxLength', 'must be at most 1000 characters');
  const lng = Number(fields.lng);
  const lat = Number(fields.lat);
  if (fields.lng === undefined || !Number.isFinite(lng) || lng < -180 || lng > 180)
    throw badRequest('body/lng', 'number', 'must be a longitude');
  if (fields.lat === undefined || !Number.isFinite(lat) || lat < -90 || lat > 90)
    throw badRequest('body/lat', 'number', 'must be a latitude');
  return { kind: kind as ObservationForm['kind'], body, lng, lat, photo };
}

/** "Goes well" / "could be better": pins with words and a photo, and their moderation. */
const observationsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(multipart, { limits: { fileSize: PHOTO_MAX_BYTES, files: 1, fields: 8, fieldSize: 4096 } });
  const service = observationsService(app.pg.pool);

  app.post(
    '/api/observations',
    route(
      'user',
      {
        tags: ['profile'],
        summary:
          'Pin what goes well or could be better (multipart/form-data: kind, body, lng, lat, and an optional photo)',
        description: `The photo (JPEG, PNG or WebP, at most ${PHOTO_MAX_BYTES / 1024 / 1024} MB and ${PHOTO_MAX_PIXELS / 1_000_000} megapixels) is re-encoded without its location or camera data; a thumbnail is made.`,
        consumes: ['multipart/form-data'],
        response: { 201: CreatedSchema, ...errors(400, 413, 401, 403) },
      },
      { bodyLimit: PHOTO_MAX_BYTES + 64 * 1024 },
    ),
    async (request, reply) => created(reply, service.create(request.user!.id, await readForm(request))),
  );

  app.get(
    '/api/observations',
    route('public', {
      tags: ['profile'],
      summary: 'What goes well and what could be better, in a buurt or wijk (never who wrote it)',
      querystring: Type.Object(
        { buurt: Type.Optional(BuurtCodeSchema), wijk: Type.Optional(WijkCodeSchema) },
        { additionalProperties: false },
      ),
      response: { 200: Type.Array(ObservationSchema), ...errors(400) },
    }),
    async (request) => service.list(request.query.buurt ?? null, request.query.wijk ?? null),
  );

  for (const which of ['photo', 'thumbnail'] as const) {
    app.get(
      `/api/observations/:id/${which}`,
      route('public', {
        tags: ['profile'],
        summary: `An observation's ${which} (JPEG, no metadata)`,
        params: IdParamsSchema,
        produces: ['image/jpeg'],
        response: {
          200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'JPEG' }),
          ...errors(400, 404),
        },
      }),
      async (request, reply) => {
        const found = await service.image(request.params.id, which, request.user?.id ?? null);
        // A hidden one reaches only its moderators: no shared cache may keep it.
        return reply
          .header('content-type', 'image/jpeg')
          .header('cache-control', found.hidden ? 'private, no-store' : 'public, max-age=300')
          .send(found.image);
      },
    );
  }

  app.post(
    '/api/observations/:id/reports',
    route('user', {
      tags: ['profile'],
      summary: 'Report an observation to the connectors and administrators',
      params: IdParamsSchema,
      body: ObservationReportBodySchema,
      response: { 201: Type.Null(), ...errors(400, 404, 401, 403) },
    }),
    async (request, reply) => {
      await service.report(request.params.id, request.user!.id, request.body.reason, request.body.note);
      return reply.status(201).send(null);
    },
  );

  for (const [action, hidden] of [
    ['hide', true],
    ['show', false],
  ] as const) {
    app.post(
      `/api/observations/:id/${action}`,
      route('user', {
        tags: ['profile'],
        summary: hidden
          ? 'Hide an observation (connectors of its buurt, administrators); kept in the audit trail'
          : 'Show a hidden observation again',
        params: IdParamsSchema,
        body: Type.Object(
          {
            reason: Type.String({ minLength: hidden ? 1 : 0, maxLength: 500, ...(hidden ? { pattern: '\\S' } : {}) }),
          },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), ...errors(400, 404, 401, 403) },
      }),
      async (request, reply) =>
        noContent(reply, service.setHidden(request.params.id, request.user!.id, hidden, request.body.reason)),
    );
  }

  app.get(
    '/api/moderation/observations',
    route('user', {
      tags: ['profile'],
      summary:
        'The moderation queue: observations you may moderate with open reports, or hidden (administrators; connectors of their areas)',
      description:
        'A report is open until the next hide or show decision on its observation. Newest report first; never who wrote or reported an observation.',
      querystring: ModerationQueueQuerySchema,
      response: { 200: ModerationQueueSchema, ...errors(400, 401, 403) },
    }),
    async (request) => service.moderationQueue(request.user!, request.query.status ?? 'reported'),
  );

  app.get(
    '/api/observations/:id/moderation',
    route('user', {
      tags: ['profile'],
      summary: 'The audit trail of an observation (its buurt’s connectors and administrators)',
      params: IdParamsSchema,
      response: { 200: Type.Array(ModerationActionSchema), ...errors(400, 404, 401, 403) },
    }),
    async (request) => service.moderationLog(request.params.id, request.user!.id),
  );
};

export default observationsRoutes;
