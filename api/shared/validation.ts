import { AjvCompiler } from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';

type BuildValidator = NonNullable<
  NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildValidator']
>;
type Validate = ReturnType<ReturnType<BuildValidator>> & { errors?: unknown; schemaEnv?: unknown };

const fromPool = AjvCompiler();

/**
 * C0 control characters and DEL, except tab, line feed and carriage return. PostgreSQL cannot store NUL in text at all,
 * and the others are never meant in a name, a title or a story: they only hide text or break a screen reader.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are refused in input
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export interface ValueProblem {
  /** JSON-pointer-like path inside the request part, e.g. `/title` or `/items/0/note`. */
  path: string;
  rule: 'control-characters' | 'finite';
  message: string;
}

/**
 * The one check every value from a request passes, whatever its route: text without control characters, numbers
 * finite. Ajv turns "Infinity" and "1e400" into Infinity when it coerces a query value, and JSON.parse turns 1e400
 * into Infinity, and no range keyword refuses it, so this is where it is refused.
 */
export function findValueProblem(value: unknown, path = ''): ValueProblem | null {
  if (typeof value === 'string') {
    return CONTROL_CHARACTER.test(value)
      ? {
          path,
          rule: 'control-characters',
          message: 'must not contain control characters such as NUL (tabs and line breaks are fine)',
        }
      : null;
  }
  if (typeof value === 'number')
    return Number.isFinite(value) ? null : { path, rule: 'finite', message: 'must be a finite number' };
  if (value === null || typeof value !== 'object') return null;
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [String(index), item])
    : Object.entries(value);
  for (const [key, item] of entries) {
    const problem = findValueProblem(item, `${path}/${key}`);
    if (problem) return problem;
  }
  return null;
}

/** Runs the schema's validator, then the value check above on what it accepted; errors come out in Ajv's shape. */
function checkingValues(validate: Validate): Validate {
  const checked = ((data: unknown, context?: unknown) => {
    const valid = (validate as (data: unknown, context?: unknown) => unknown)(data, context);
    if (valid === false) {
      checked.errors = validate.errors;
      return false;
    }
    const problem = findValueProblem(data);
    if (!problem) return valid;
    checked.errors = [
      { instancePath: problem.path, schemaPath: '#', keyword: problem.rule, message: problem.message, params: {} },
    ];
    return false;
  }) as Validate;
  // Fastify passes the parent object (so Ajv may coerce a root value) only to validators that carry a schemaEnv.
  if (validate.schemaEnv) checked.schemaEnv = validate.schemaEnv;
  return checked;
}

/**
 * Query strings and route parameters arrive as text, so the validator converts "51.5" to a number there. A JSON body
 * already has types: there a string where a number belongs, or a string where a list belongs, is an error to report,
 * not something to convert silently. Headers are left to Node, which refuses control characters in them itself.
 */
export const buildValidator: BuildValidator = (externalSchemas, options) => {
  const converting = fromPool(externalSchemas, options);
  const strictOptions = {
    ...options,
    customOptions: { ...options?.customOptions, coerceTypes: false },
  } as typeof options;
  const strict = fromPool(externalSchemas, strictOptions);
  return (route) => {
    const validate = (route.httpPart === 'body' ? strict : converting)(route) as Validate;
    return route.httpPart === 'headers' ? validate : checkingValues(validate);
  };
};
