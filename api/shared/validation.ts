import { AjvCompiler } from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';

type BuildValidator = NonNullable<NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildValidator']>;

const fromPool = AjvCompiler();

/**
 * Query strings and route parameters arrive as text, so the validator converts "51.5" to a number there. A JSON body
 * already has types: there a string where a number belongs, or a string where a list belongs, is an error to report,
 * not something to convert silently.
 */
export const buildValidator: BuildValidator = (externalSchemas, options) => {
  const converting = fromPool(externalSchemas, options);
  const strictOptions = { ...options, customOptions: { ...options?.customOptions, coerceTypes: false } } as typeof options;
  const strict = fromPool(externalSchemas, strictOptions);
  return (route) => (route.httpPart === 'body' ? strict : converting)(route);
};
