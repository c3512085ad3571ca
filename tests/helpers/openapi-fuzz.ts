import fc from 'fast-check';
import { multipartForm } from './multipart.ts';

/**
 * Requests generated from the API's own OpenAPI document: values that fit each schema (so requests reach the handlers
 * and the database), mixed with hostile values and broken transports (so they test the edges).
 */

type Schema = Record<string, unknown>;
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
export interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
export interface OperationRef {
  method: string;
  path: string;
  operation: Operation;
}

/** Real values of the test database, so that generated ids and codes sometimes name something that exists. */
export interface KnownValues {
  uuids: string[];
  buurtCodes: string[];
  wijkCodes: string[];
  strings: string[];
}

export function operationsOf(document: OpenApiDocument): OperationRef[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
  );
}

const LONG = 'x'.repeat(1_000_000);
/** Values people do not mean to send, but an attacker or a broken client does. */
export const HOSTILE_VALUES: unknown[] = [
  '\u0000',
  'a\u0000b',
  '\u0001\u001f\u007f',
  '\ud800',
  '\u202eevil',
  '🏠👩‍👩‍👧‍👦🇳🇱',
  'ﷺ𒐫',
  '',
  ' ',
  '\n',
  LONG,
  'x'.repeat(70_000),
  "' OR 1=1 --",
  '"; DROP TABLE accounts; --',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '%00',
  '${7*7}',
  '__proto__',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '-0',
  '0x1F',
  '9007199254740993',
  '  12  ',
  'true',
  'null',
  '[]',
  '{}',
  0,
  -1,
  -0,
  1.5,
  1e308,
  -1e308,
  2 ** 53 + 2,
  Number.MIN_VALUE,
  true,
  false,
  null,
  [],
  {},
  [null],
  { a: { b: { c: [] } } },
  { __proto__: { polluted: true } },
  { constructor: { prototype: { polluted: true } } },
  'BU00000000',
  'WK000000',
  'GM0000',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-4fff-bfff-ffffffffffff',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31T23:59:59Z',
  'not-an-email@',
  'a@b',
  `${'a'.repeat(300)}@example.org`,
];

/** Raw number texts JSON.stringify cannot produce; put into a body where a placeholder string stands. */
export const RAW_NUMBERS = ['1e400', '-1e400', '1E+999', '-0.0e-0', '123456789012345678901234567890'];
const RAW_MARK = '\u2063raw\u2063';

function resolve(document: OpenApiDocument, schema: Schema | undefined): Schema {
  let current = schema ?? {};
  for (let depth = 0; depth < 10 && typeof current.$ref === 'string'; depth++) {
    const name = (current.$ref as string).split('/').pop()!;
    current = document.components?.schemas?.[name] ?? {};
  }
  return current;
}

function stringFor(schema: Schema, known: KnownValues): fc.Arbitrary<string> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as string[]));
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Math.max(min, 40);
  const format = schema.format as string | undefined;
  if (format === 'uuid')
    return known.uuids.length > 0 ? fc.oneof(fc.constantFrom(...known.uuids), fc.uuid()) : fc.uuid();
  if (format === 'date-time')
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((date) => date.toISOString());
  if (format === 'date')
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
  if (format === 'email') return fc.emailAddress();
  if (format === 'uri') return fc.webUrl();
  if (typeof schema.pattern === 'string') {
    const pattern = schema.pattern;
    const codes = /\^BU/.test(pattern) ? known.buurtCodes : /\^WK/.test(pattern) ? known.wijkCodes : [];
    // One repeated class (`^[A-Za-z0-9_-]+$`) gets the length bounds as its quantifier; other patterns are generated as
    // they are (filtering them by length could loop forever), and a length the schema refuses is a fine input too.
    const repeated = /^\^(\[[^\]]+\]|\\S|\.)[+*]\$$/.exec(pattern);
    const bounded = repeated ? `^${repeated[1]}{${min},${Math.min(max, min + 60)}}$` : pattern;
    let matching: fc.Arbitrary<string>;
    try {
      matching = fc.stringMatching(new RegExp(bounded, 'u'));
    } catch {
      matching = fc.string({ minLength: min, maxLength: Math.min(max, 60) });
    }
    return codes.length > 0 ? fc.oneof(fc.constantFrom(...codes), matching) : matching;
  }
  const text = fc.string({ minLength: min, maxLength: Math.min(max, 80), unit: 'grapheme' });
  return known.strings.length > 0
    ? fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: fc.constantFrom(...known.strings) })
    : text;
}

/** An arbitrary for values that fit the schema (as far as fast-check can tell them apart: patterns, formats, ranges). */
export function valueFor(
  document: OpenApiDocument,
  input: Schema | undefined,
  known: KnownValues,
  depth = 0,
): fc.Arbitrary<unknown> {
  const schema = resolve(document, input);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const alternatives = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (Array.isArray(alternatives) && alternatives.length > 0)
    return fc.oneof(...alternatives.map((item) => valueFor(document, item, known, depth + 1)));
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0)
    return valueFor(document, (schema.allOf as Schema[])[0], known, depth + 1);
  const type = Array.isArray(schema.type) ? (schema.type as string[]) : schema.type ? [schema.type as string] : [];
  if (type.length > 1)
    return fc.oneof(...type.map((one) => valueFor(document, { ...schema, type: one }, known, depth + 1)));
  switch (type[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : -1_000_000;
      const max = typeof schema.maximum === 'number' ? schema.maximum : 1_000_000;
      return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
    }
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : -1e6;
      const max = typeof schema.maximum === 'number' ? schema.maximum : 1e6;
      return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'string':
      return stringFor(schema, known);
    case 'array': {
      const minLength = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const maxLength = Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : 5, 5, Math.max(minLength, 5));
      if (depth > 6) return fc.constant([]);
      const items = valueFor(document, schema.items as Schema, known, depth + 1);
      return schema.uniqueItems
        ? fc.uniqueArray(items, { minLength, maxLength, selector: (item) => JSON.stringify(item) })
        : fc.array(items, { minLength, maxLength });
    }
    default: {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      if (depth > 6 || Object.keys(properties).length === 0)
        return type[0] === 'object' ? fc.constant({}) : fc.anything({ maxDepth: 2 });
      const required = new Set((schema.required ?? []) as string[]);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(properties))
        record[name] = valueFor(document, property, known, depth + 1);
      return fc.record(record, { requiredKeys: Object.keys(properties).filter((name) => required.has(name)) });
    }
  }
}

export interface GeneratedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** What was done to it, for the report of a failure. */
  hostility: string;
}

function paths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Object.keys(value as object);
  return [prefix, ...entries.flatMap((key) => paths((value as Record<string, unknown>)[key], [...prefix, key]))];
}

function replaceAt(value: unknown, at: string[], replacement: unknown): unknown {
  if (at.length === 0) return replacement;
  const copy: Record<string, unknown> = Array.isArray(value)
    ? ([...value] as unknown as Record<string, unknown>)
    : { ...(value as object) };
  copy[at[0]!] = replaceAt(copy[at[0]!], at.slice(1), replacement);
  return copy;
}

const BROKEN_BODIES: [string, string][] = [
  ['application/json', '{"a":'],
  ['application/json', ''],
  ['application/json', 'null'],
  ['application/json', '"text"'],
  ['application/json', `${'['.repeat(40_000)}${']'.repeat(40_000)}`],
  ['application/json', `{"a":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_001)}`],
  ['application/json', '{"__proto__":{"isAdmin":true}}'],
  ['application/json; charset=latin1', '{"a":"\u00e9"}'],
  ['text/plain', '{"title":"x"}'],
  ['application/xml', '<a/>'],
  ['application/x-www-form-urlencoded', 'a=1&b=2'],
  ['multipart/form-data', '--x\r\n'],
  ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="kind"\r\n\r\ngoes-well'],
  ['multipart/form-data; boundary=y', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n'],
  [
    'multipart/form-data; boundary=x',
    '--x\r\nContent-Disposition: form-data; name="photo"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\u00ff\u00d8\u00ff\u00e0',
  ],
];

/** Percent-encodes a path segment; a lone surrogate (which encodeURIComponent refuses) goes as invalid UTF-8. */
function encodePathSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text
      .split('')
      .map((unit) => {
        try {
          return encodeURIComponent(unit);
        } catch {
          return '%ED%A0%80';
        }
      })
      .join('');
  }
}

/** One request for an operation: fitting values, then (often) one hostile change to a parameter, a field or the transport. */
export function requestFor(
  document: OpenApiDocument,
  { method, path, operation }: OperationRef,
  known: KnownValues,
  { hostile = true }: { hostile?: boolean } = {},
): fc.Arbitrary<GeneratedRequest> {
  const parameters = (operation.parameters ?? []).filter(
    (parameter) => parameter.in === 'path' || parameter.in === 'query',
  );
  const parameterValues: Record<string, fc.Arbitrary<unknown>> = {};
  for (const parameter of parameters)
    parameterValues[`${parameter.in}:${parameter.name}`] = valueFor(document, parameter.schema, known);
  const content = operation.requestBody?.content ?? {};
  const json = content['application/json']?.schema;
  const multipart = content['multipart/form-data'];
  const body: fc.Arbitrary<unknown> = json ? valueFor(document, json, known) : fc.constant(undefined);
  const requiredQuery = new Set(
    parameters.filter((parameter) => parameter.in === 'query' && parameter.required).map((parameter) => parameter.name),
  );
  const requiredKeys = Object.keys(parameterValues).filter(
    (key) => key.startsWith('path:') || requiredQuery.has(key.slice(6)),
  );

  const none = fc.constant({ kind: 'none' as const });
  const hostility = !hostile
    ? none
    : fc.oneof(
        { weight: 5, arbitrary: none },
        {
          weight: 4,
          arbitrary: fc.record({
            kind: fc.constant('value' as const),
            value: fc.constantFrom(...HOSTILE_VALUES),
            pick: fc.nat(),
          }),
        },
        {
          weight: 1,
          arbitrary: fc.record({
            kind: fc.constant('raw-number' as const),
            value: fc.constantFrom(...RAW_NUMBERS),
            pick: fc.nat(),
          }),
        },
        {
          weight: 1,
          arbitrary: fc.record({ kind: fc.constant('transport' as const), broken: fc.constantFrom(...BROKEN_BODIES) }),
        },
        {
          weight: 1,
          arbitrary: fc.record({
            kind: fc.constant('extra-query' as const),
            name: fc.constantFrom('__proto__', 'constructor', 'x', 'lang', 'bbox'),
            value: fc.constantFrom('', '\u0000', '[]', 'a&b=c', '%ZZ'),
          }),
        },
      );

  return fc
    .tuple(
      fc.record(parameterValues, { requiredKeys }),
      body,
      hostility,
      fc.option(fc.constantFrom('goes-well', 'could-be-better', 'other')),
    )
    .map(([values, generatedBody, hostile, observationKind]) => {
      let parameterSet: Record<string, unknown> = values;
      let bodyValue: unknown = generatedBody;
      let rawNumber: string | null = null;
      let label = 'fitting';
      if (hostile.kind === 'value' || hostile.kind === 'raw-number') {
        const replacement = hostile.kind === 'raw-number' ? RAW_MARK : hostile.value;
        const targets = [
          ...Object.keys(values).map((key) => ['param', key]),
          ...(json ? paths(generatedBody).map((at) => ['body', ...at]) : []),
        ];
        if (targets.length > 0) {
          const target = targets[hostile.pick % targets.length]!;
          if (target[0] === 'param') parameterSet = { ...values, [target[1]!]: replacement };
          else bodyValue = replaceAt(generatedBody, target.slice(1), replacement);
          label = `${target.join('/')} = ${hostile.kind === 'raw-number' ? hostile.value : JSON.stringify(hostile.value)?.slice(0, 60)}`;
          if (hostile.kind === 'raw-number') rawNumber = hostile.value;
        }
      }
      let url = path;
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(parameterSet)) {
        const [place, name] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
        const text =
          rawNumber && value === RAW_MARK
            ? rawNumber
            : typeof value === 'string'
              ? value
              : (JSON.stringify(value) ?? '');
        if (place === 'path') url = url.replace(`{${name}}`, encodePathSegment(text === '' ? 'x' : text));
        else if (Array.isArray(value)) for (const item of value) query.append(name, String(item));
        else query.append(name, text);
      }
      if (hostile.kind === 'extra-query') {
        query.append(hostile.name, hostile.value);
        label = `query ${hostile.name}=${JSON.stringify(hostile.value)}`;
      }
      const search = query.toString();
      const request: GeneratedRequest = {
        method,
        url: search ? `${url}?${search}` : url,
        headers: {},
        hostility: label,
      };
      if (hostile.kind === 'transport' && method !== 'GET') {
        request.headers['content-type'] = hostile.broken[0];
        request.payload = hostile.broken[1];
        request.hostility = `transport ${hostile.broken[0]}: ${hostile.broken[1].slice(0, 40)}`;
      } else if (multipart) {
        const fields: Record<string, string> = {
          kind: observationKind ?? 'goes-well',
          body: 'Fijn bankje',
          lng: '5.08',
          lat: '51.56',
        };
        if (hostile.kind === 'value')
          fields[['kind', 'body', 'lng', 'lat'][hostile.pick % 4]!] =
            typeof hostile.value === 'string' ? hostile.value : (JSON.stringify(hostile.value) ?? '');
        const form = multipartForm(
          fields,
          hostile.kind === 'raw-number'
            ? { name: 'p.jpg', type: 'image/jpeg', data: Buffer.from('not an image at all') }
            : null,
          'fuzzboundary7MA4YWxk',
        );
        request.headers['content-type'] = form.contentType;
        request.payload = form.payload;
      } else if (json && method !== 'GET') {
        request.headers['content-type'] = 'application/json';
        let text = JSON.stringify(bodyValue) ?? '';
        if (rawNumber) text = text.replace(JSON.stringify(RAW_MARK), rawNumber);
        request.payload = text;
      }
      return request;
    });
}
