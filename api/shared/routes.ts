import type { FastifyContextConfig, FastifyReply, FastifySchema, preHandlerAsyncHookHandler } from 'fastify';

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
