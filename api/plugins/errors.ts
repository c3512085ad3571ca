import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { FieldError, ErrorBody } from '../shared/errors.schemas.ts';
import { badRequest, HttpError } from '../shared/http-error.ts';

/** Postgres error codes that are the client's doing, mapped once (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
const POSTGRES_ERRORS: Record<string, { statusCode: number; message: string }> = {
  '23505': { statusCode: 409, message: 'This conflicts with a record that already exists.' },
  '23503': { statusCode: 409, message: 'This refers to a record that does not exist, or is still in use.' },
  '23502': { statusCode: 400, message: 'A required value is missing.' },
  '23514': { statusCode: 400, message: 'A value breaks one of the rules for this record.' },
  '22P02': { statusCode: 400, message: 'A value has the wrong format.' },
  '22003': { statusCode: 400, message: 'A number is out of range.' },
  '22021': { statusCode: 400, message: 'A text holds a character that cannot be stored, such as NUL.' },
  '22P05': { statusCode: 400, message: 'A text holds a character that cannot be stored, such as NUL.' },
  '22023': { statusCode: 400, message: 'A value is not valid here.' },
  '57014': { statusCode: 503, message: 'The database took too long. Try again.' },
  '53300': { statusCode: 503, message: 'The database is busy. Try again shortly.' },
};

const POOL_TIMEOUT = /timeout exceeded when trying to connect/i;

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

function fieldErrors(error: FastifyError): FieldError[] {
  const context = error.validationContext ?? 'request';
  return ((error.validation as AjvError[] | undefined) ?? []).map((item) => {
    // A missing property, or a wrong discriminator value (`type`), is named as the field itself.
    const property = item.params.missingProperty ?? (item.keyword === 'discriminator' ? item.params.tag : undefined);
    const field = `${context}${item.instancePath}${typeof property === 'string' ? `/${property}` : ''}`;
    const message =
      item.keyword === 'required'
        ? 'is required'
        : item.keyword === 'discriminator'
          ? `must be one of the known types, not ${JSON.stringify(item.params.tagValue)}`
          : (item.message ?? 'is not valid');
    return { field, rule: item.keyword, message };
  });
}

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  statusCode: number,
  message: string,
  errors?: FieldError[],
) {
  const body: ErrorBody = {
    statusCode,
    error: httpStatusText(statusCode),
    message,
    requestId: String(request.id),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
  return reply.status(statusCode).type('application/json; charset=utf-8').send(body);
}

function httpStatusText(statusCode: number): string {
  const texts: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    409: 'Conflict',
    413: 'Payload Too Large',
    415: 'Unsupported Media Type',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
  };
  return texts[statusCode] ?? (statusCode >= 500 ? 'Server Error' : 'Client Error');
}

/**
 * One error handler for the whole API. 4xx bodies say which field broke which rule; 5xx bodies hide internals
 * but carry the request id that the log line carries too.
 */
async function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError & { code?: string }, request, reply) => {
    if (error.validation) {
      const errors = fieldErrors(error);
      return send(reply, request, 400, errors.map((item) => `${item.field} ${item.message}`).join('; '), errors);
    }
    if (error instanceof HttpError) {
      if (error.retryAfterSeconds !== undefined)
        reply.header('retry-after', String(Math.max(1, Math.ceil(error.retryAfterSeconds))));
      return send(reply, request, error.statusCode, error.message, error.errors);
    }
    if (error.code?.startsWith('FST_CSRF_')) {
      return send(
        reply,
        request,
        403,
        'The CSRF token is missing or invalid: get one from GET /api/auth/csrf-token and send it in the x-csrf-token header.',
      );
    }
    const postgres = error.code ? POSTGRES_ERRORS[error.code] : undefined;
    if (postgres) {
      request.log.warn({ err: error }, 'database refused the request');
      return send(reply, request, postgres.statusCode, postgres.message);
    }
    // pg's pool gave up waiting for a free connection (the embedded database has one): busy, not broken.
    if (POOL_TIMEOUT.test(error.message)) {
      request.log.warn({ err: error }, 'no database connection became free in time');
      return send(reply, request, 503, 'The database is busy. Try again shortly.');
    }
    const statusCode = error.statusCode ?? 500;
    if (statusCode >= 400 && statusCode < 500) {
      return send(reply, request, statusCode, error.message);
    }
    request.log.error({ err: error }, 'request failed');
    return send(
      reply,
      request,
      statusCode >= 500 ? statusCode : 500,
      'Something went wrong on our side. Quote the requestId if you report it.',
    );
  });
}

export default fp(errorsPlugin, { name: 'errors' });

/**
 * A preValidation hook: an empty query value (`?lat=`) would be coerced to 0 by the validator, so it is refused
 * instead, naming the parameter. Registered after authorisation, so refused callers learn nothing from it.
 */
export async function rejectEmptyQueryValues(request: FastifyRequest) {
  const query = request.query as Record<string, unknown> | undefined;
  if (!query || typeof query !== 'object') return;
  for (const [name, value] of Object.entries(query)) {
    if (value === '') throw badRequest(`querystring/${name}`, 'minLength', 'must not be empty');
  }
}

/** Replies with the standard 404 body, for the not-found handler; routes and services throw `notFound` instead. */
export function sendNotFound(reply: FastifyReply, request: FastifyRequest, message: string) {
  return send(reply, request, 404, message);
}
