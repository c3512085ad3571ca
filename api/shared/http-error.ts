import type { FieldError } from './errors.schemas.ts';

export interface ErrorDetail {
  /** Where the problem is, e.g. `body/areaCode` or `params/id`. */
  field: string;
  /** The rule that failed, e.g. `exists`, `unique`, `connector-area`. */
  rule: string;
}

/**
 * The one error a service or route throws to answer 4xx; api/plugins/errors.ts turns it into the error body. With a
 * field and rule, the body names them (`body/year already has an agenda …`), so a client learns how to fix it.
 */
export class HttpError extends Error {
  readonly errors: FieldError[];

  constructor(
    readonly statusCode: number,
    message: string,
    /** The field and rule of the one problem, or every problem of a body with several (an area file). */
    detail?: ErrorDetail | FieldError[],
    /** For a 429: when to try again (sent as Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(detail && !Array.isArray(detail) ? `${detail.field} ${message}` : message);
    this.errors = Array.isArray(detail) ? detail : detail ? [{ field: detail.field, rule: detail.rule, message }] : [];
  }
}

/** A 400 naming the field and the rule it breaks, for what a schema alone cannot check. */
export const badRequest = (field: string, rule: string, message: string) =>
  new HttpError(400, message, { field, rule });
/** A 400 for a body with several problems, each naming its place and rule. */
export const badRequestWith = (message: string, problems: FieldError[]) => new HttpError(400, message, problems);
export const unauthorized = (message: string) => new HttpError(401, message);
export const forbidden = (message: string, detail?: ErrorDetail) => new HttpError(403, message, detail);
export const notFound = (message: string, detail?: ErrorDetail) => new HttpError(404, message, detail);
export const conflict = (message: string, detail?: ErrorDetail) => new HttpError(409, message, detail);
export const payloadTooLarge = (message: string, detail?: ErrorDetail) => new HttpError(413, message, detail);
/** A 502: a service this one relies on (the geocoder) failed or answered in another form. */
export const badGateway = (message: string) => new HttpError(502, message);
export const tooManyRequests = (message: string, retryAfterSeconds: number, detail?: ErrorDetail) =>
  new HttpError(429, message, detail, retryAfterSeconds);

/** The value, or a 404 with `message` when the repository found nothing: how routes map "absent". */
export function orNotFound<T>(value: T | null | undefined, message: string): T {
  if (value === null || value === undefined) throw notFound(message);
  return value;
}
