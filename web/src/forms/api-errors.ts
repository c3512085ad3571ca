import type { FieldError } from '../api/client.ts';

/** One field error from the API, named by the form field it belongs to. */
export interface Problem {
  /** The form field (`password` for the API's `body/password`); empty when the API names the whole body. */
  field: string;
  rule: string;
  /** The API's own English message, for rules the interface has no translation for. */
  message: string;
  /** The number in a length or size rule ("must NOT have fewer than 10 characters"), if there is one. */
  limit: number | null;
}

export interface SortedProblems<F extends string> {
  /** The first problem of each field this form shows. */
  fields: Partial<Record<F, Problem>>;
  /** Problems with no field of this form to show them next to. */
  rest: Problem[];
}

const NUMBER = /\d+/;

/** `body/password` → `password`, `body/location/coordinates/0` → `location`, `body` → `` */
export function fieldNameOf(path: string): string {
  return path.split('/')[1] ?? '';
}

export function problemOf(error: FieldError): Problem {
  const limit = NUMBER.exec(error.message)?.[0];
  return {
    field: fieldNameOf(error.field),
    rule: error.rule,
    message: error.message,
    limit: limit === undefined ? null : Number(limit),
  };
}

/** Puts each API field error beside the form field it is about; the rest go to the form as a whole. */
export function sortProblems<F extends string>(errors: readonly FieldError[], fields: readonly F[]): SortedProblems<F> {
  const sorted: SortedProblems<F> = { fields: {}, rest: [] };
  for (const error of errors) {
    const problem = problemOf(error);
    const field = fields.find((name) => name === problem.field);
    if (field === undefined) sorted.rest.push(problem);
    else sorted.fields[field] ??= problem;
  }
  return sorted;
}

/** Whole minutes to wait, at least one, from a Retry-After in seconds. */
export function minutesToWait(retryAfterSeconds: number | null): number {
  return Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60));
}
