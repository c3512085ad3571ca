import type { TFunction } from 'i18next';
import { ApiError } from '../api/client.ts';
import type { Failure } from '../forms/use-form.ts';

/**
 * Kind words for the refusals of POST /api/connector/introductions a connector can run into (already introduced,
 * the daily limit, someone outside their areas, one of the two is themselves). Anything else is left to the form's
 * general handling, which shows the API's own message.
 */
export function describeIntroduceFailure(
  t: TFunction<'translation'>,
  error: unknown,
  names: { a: string; b: string },
): Failure<'note'> | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const rules = new Set(error.errors.map((problem) => problem.rule));
  if (error.status === 409 && rules.has('unique')) return { alert: t('connector.failAlreadyOpen', names) };
  if (rules.has('declined-recently')) return { alert: t('connector.failDeclinedRecently', names) };
  if (rules.has('introductions-per-day')) return { alert: t('connector.failPerDay') };
  if (rules.has('connector-area')) return { alert: t('connector.failOutsideArea') };
  if (rules.has('not-self')) return { alert: t('connector.failSelf') };
  if (rules.has('distinct')) return { alert: t('connector.failDistinct') };
  if (rules.has('reachable')) return { alert: t('connector.failUnreachable') };
  if (error.status === 404 && rules.has('exists')) return { alert: t('connector.failGone') };
  return undefined;
}
