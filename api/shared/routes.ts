import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
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

type Turn<P extends TSchema> = { summary: string; change: (userId: string, params: Static<P>) => Promise<unknown> };

/**
 * The two routes of a switch of the signed-in account at `path`, such as following a buurt or blocking an account:
 * PUT turns it on, DELETE turns it off, 204 once done. What is turned on must exist (else 404); turning off what is
 * not on is no error.
 */
export function switchRoutes<P extends TSchema>(
  app: Parameters<FastifyPluginAsyncTypebox>[0],
  path: string,
  { tags, params, ...turns }: { tags: string[]; params: P; on: Turn<P>; off: Turn<P> },
) {
  for (const [method, turn] of [
    ['PUT', 'on'],
    ['DELETE', 'off'],
  ] as const) {
    const { summary, change } = turns[turn];
    app.route({
      method,
      url: path,
      ...route('user', { tags, summary, params, response: { 204: Type.Null(), ...switchErrors[turn] } }),
      handler: async (request, reply) => noContent(reply, change(request.user!.id, request.params as Static<P>)),
    });
  }
}
