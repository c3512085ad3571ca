import type { ParseKeys, TFunction } from 'i18next';
import { ApiError } from '../api/client.ts';
import { minutesToWait, type Problem } from './api-errors.ts';

type MessageKey = ParseKeys<'translation'>;

/** A translation for each rule the API names; a rule not listed here is shown in the API's own words. */
const RULE_MESSAGES: Readonly<Record<string, MessageKey>> = {
  minLength: 'rules.minLength',
  maxLength: 'rules.maxLength',
  format: 'rules.format',
  pattern: 'rules.pattern',
  required: 'rules.required',
  enum: 'rules.enum',
  matches: 'rules.matches',
  current: 'rules.current',
  exists: 'rules.exists',
  valid: 'rules.valid',
  'inside-a-buurt': 'rules.insideABuurt',
  'follows-home-location': 'rules.followsHomeLocation',
};

/** Clearer words where the field makes the rule concrete. */
const FIELD_RULE_MESSAGES: Readonly<Record<string, Readonly<Record<string, MessageKey>>>> = {
  email: { format: 'fieldRules.emailFormat' },
  password: { minLength: 'fieldRules.passwordMinLength', matches: 'fieldRules.passwordMatches' },
  newPassword: { minLength: 'fieldRules.passwordMinLength' },
  currentPassword: { matches: 'fieldRules.currentPasswordMatches' },
  displayName: { pattern: 'fieldRules.displayNamePattern', minLength: 'rules.required' },
  token: { valid: 'fieldRules.tokenValid' },
  consentTextVersion: { current: 'fieldRules.consentCurrent' },
};

/** A length rule needs its number; without one the API's words say more than a translation could. */
const RULES_WITH_LIMIT = new Set(['minLength', 'maxLength']);

export function problemMessage(t: TFunction<'translation'>, problem: Problem): string {
  const key = FIELD_RULE_MESSAGES[problem.field]?.[problem.rule] ?? RULE_MESSAGES[problem.rule];
  if (key === undefined || (RULES_WITH_LIMIT.has(problem.rule) && problem.limit === null)) return problem.message;
  return t(key, { limit: problem.limit ?? 0 });
}

/** What to tell the visitor about a failed call as a whole (not about one field). */
export function failureMessage(t: TFunction<'translation'>, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.network');
  if (error.status === 429) return t('errors.tooMany', { count: minutesToWait(error.retryAfter) });
  if (error.status === 401) return t('errors.notLoggedIn');
  if (error.status === 403) return t('errors.forbidden');
  if (error.status >= 500) return t('errors.server');
  return error.message;
}
