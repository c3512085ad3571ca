import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyContextConfig, FastifyReply, FastifySchema, preHandlerAsyncHookHandler } from 'fastify';
import { errors } from './errors.schemas.ts';

type Access = NonNullable<FastifyContextConfig['access']>;

/**
 * A route's options: who may call it (`config.access`, see plugins/authorization.ts), its schema (validation,
 * serialisation and the OpenAPI document), and what else it needs (a rate limit before the handler, a body limit).
 */
export function route<S extends FastifySchema>(
  access: Access,
  schema: S,
  options: { preHandler?: preHandlerAsyncHookHandler; bodyLimit?: number } = {},
) {
  return { ...options, config: { access }, schema };
}

/** The answer of a change that returns nothing: 204, once the change is done. */
export async function noContent(reply: FastifyReply, change: Promise<unknown>) {
  await change;
  return reply.status(204).send(null);
}

/** The answer of a create: 201 with the id of what was made. */
export async function created(reply: FastifyReply, id: Promise<string>) {
  return reply.status(201).send({ id: await id });
}

const switchErrors = { on: errors(400, 404, 401, 403), off: errors(400, 401, 403) };

/**
 * Turning something of the signed-in account on (PUT) or off (DELETE), such as following a buurt or blocking an
 * account: 204 once done. What is turned on must exist (else 404); turning off what is not on is no error.
 */
export function switching<P extends TSchema>(
  turn: 'on' | 'off',
  schema: { tags: string[]; summary: string; params: P },
) {
  return route('user', { ...schema, response: { 204: Type.Null(), ...switchErrors[turn] } });
}
