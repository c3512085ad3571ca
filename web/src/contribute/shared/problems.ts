import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { problemOf } from '../../forms/api-errors.ts';
import { problemMessage } from '../../forms/messages.ts';
import type { Failure, FieldMessages } from '../../forms/use-form.ts';
import { useContributeTranslation, type ContributeKey } from '../i18n.ts';

/** Clearer words for the rules these forms meet; `*` stands for any rule on that field. */
const OWN_MESSAGES: Readonly<Record<string, Readonly<Record<string, ContributeKey>>>> = {
  geometry: {
    'inside-a-buurt': 'problems.geometryOutside',
    'valid-geometry': 'problems.geometryInvalid',
    '*': 'problems.geometryInvalid',
  },
  location: { 'inside-a-buurt': 'problems.pointOutside', '*': 'problems.pointInvalid' },
  point: { 'inside-a-buurt': 'problems.pointOutside', '*': 'problems.pointInvalid' },
  tags: { 'known-tag': 'problems.unknownTag', maxItems: 'problems.tooManyTags' },
  website: { pattern: 'problems.website' },
  title: { pattern: 'problems.titleRequired', minLength: 'problems.titleRequired' },
  description: { minLength: 'problems.storyRequired' },
  capacity: { '*': 'problems.capacity' },
};

/** `body/details/capacity` → `capacity`: the details are separate fields in the forms. */
function formFieldOf(path: string, field: string): string {
  const parts = path.split('/');
  return field === 'details' && parts[2] !== undefined ? parts[2] : field;
}

/**
 * A form's `describeFailure`: each field error of a 400 beside its field, in these pages' own words where they have
 * them and in the app's shared words otherwise; errors about fields the form lacks go above the form.
 */
export function useDescribeFailure<F extends string>(
  fields: readonly F[],
  /** A form's own words for a field and rule, before the ones above. */
  ownMessages: Readonly<Record<string, Readonly<Record<string, ContributeKey>>>> = {},
): (error: unknown) => Failure<F> | undefined {
  const { t } = useContributeTranslation();
  const { t: tApp } = useTranslation();

  return function describeFailure(error: unknown): Failure<F> | undefined {
    if (!(error instanceof ApiError) || error.status !== 400 || error.errors.length === 0) return undefined;
    const messages: FieldMessages<F> = {};
    const rest: string[] = [];
    for (const fieldError of error.errors) {
      const problem = problemOf(fieldError);
      const name = formFieldOf(fieldError.field, problem.field);
      const own = ownMessages[name]?.[problem.rule] ?? OWN_MESSAGES[name]?.[problem.rule] ?? OWN_MESSAGES[name]?.['*'];
      const message = own === undefined ? problemMessage(tApp, problem) : t(own, { limit: problem.limit ?? 0 });
      const field = fields.find((candidate) => candidate === name);
      if (field === undefined) rest.push(message);
      else messages[field] ??= message;
    }
    return { fields: messages, alert: rest.length > 0 ? rest.join(' ') : undefined };
  };
}
