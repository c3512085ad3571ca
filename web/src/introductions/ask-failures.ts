import type { TFunction } from 'i18next';
import { ApiError } from '../api/client.ts';
import type { Failure } from '../forms/use-form.ts';

/**
 * Kinder words for the refusals of POST /api/introductions that a person can run into (already asked, a recent no,
 * the daily limit, someone out of reach). Anything else is left to the form's general handling, which shows the API's
 * own message naming the field and the rule.
 */
export function describeAskFailure(
  t: TFunction<'translation'>,
  error: unknown,
  name: string,
): Failure<'note'> | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const rules = new Set(error.errors.map((problem) => problem.rule));
  if (error.status === 409 && rules.has('unique')) return { alert: t('ask.alreadyOpen', { name }) };
  if (rules.has('declined-recently')) return { alert: t('ask.declinedRecently', { name }) };
  if (rules.has('introductions-per-day')) return { alert: t('ask.perDay') };
  if (error.status === 404 && error.errors.some((problem) => problem.field.startsWith('body/to')))
    return { alert: t('ask.unreachable', { name }) };
  if (rules.has('not-self')) return { alert: t('ask.notSelf') };
  if (rules.has('member')) return { alert: t('ask.notMember') };
  return undefined;
}
