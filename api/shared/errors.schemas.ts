import { Type, type Static } from '@sinclair/typebox';

const FieldErrorSchema = Type.Object({
  field: Type.String({ description: 'Where the problem is, e.g. `querystring/lat` or `body/location/coordinates/0`' }),
  rule: Type.String({ description: 'The rule that failed, e.g. `maximum`, `type`, `required`' }),
  message: Type.String(),
});

export const ErrorSchema = Type.Object(
  {
    statusCode: Type.Integer(),
    error: Type.String(),
    message: Type.String({ description: 'What went wrong and, for 4xx, how to fix it' }),
    requestId: Type.String({ description: 'Quote this when reporting a problem; it is in the server log' }),
    errors: Type.Optional(Type.Array(FieldErrorSchema)),
  },
  { $id: 'Error' },
);

export type FieldError = Static<typeof FieldErrorSchema>;
export type ErrorBody = Static<typeof ErrorSchema>;

/** Response schemas for the errors every route can answer with. */
const errorResponses = {
  400: Type.Ref(ErrorSchema),
  401: Type.Ref(ErrorSchema),
  403: Type.Ref(ErrorSchema),
  404: Type.Ref(ErrorSchema),
  409: Type.Ref(ErrorSchema),
  410: Type.Ref(ErrorSchema),
  413: Type.Ref(ErrorSchema),
  429: Type.Ref(ErrorSchema),
  500: Type.Ref(ErrorSchema),
  502: Type.Ref(ErrorSchema),
} as const;

type ErrorCode = keyof typeof errorResponses;

/** The errors a route answers with, by status code, for its `response` schema: `{ 200: …, ...errors(400, 404) }`. */
export function errors<const C extends ErrorCode>(...codes: C[]): Pick<typeof errorResponses, C> {
  return Object.fromEntries(codes.map((code) => [code, errorResponses[code]])) as Pick<typeof errorResponses, C>;
}
