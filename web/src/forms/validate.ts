import type { TFunction } from 'i18next';
import type { FieldMessages } from './use-form.ts';

/** The API's PasswordSchema minimum; checked here too so the rule is shown before anything is sent. */
export const PASSWORD_MIN_LENGTH = 10;

/** A message for each field left empty (or only spaces). */
function missingFields<F extends string>(values: Readonly<Record<F, string>>, message: string): FieldMessages<F> {
  const missing: FieldMessages<F> = {};
  for (const name of Object.keys(values) as F[]) {
    if (values[name].trim() === '') missing[name] = message;
  }
  return missing;
}

/** Counts characters as the API does (code points), so an emoji counts once. */
function isTooShortPassword(password: string): boolean {
  return [...password].length < PASSWORD_MIN_LENGTH;
}

/** Every field is required; a password being chosen, if one is named, must also meet the length rule. */
export function requiredFields<F extends string>(
  t: TFunction,
  values: Readonly<Record<F, string>>,
  newPassword?: NoInfer<F>,
): FieldMessages<F> {
  const problems = missingFields(values, t('rules.required'));
  if (newPassword !== undefined && problems[newPassword] === undefined && isTooShortPassword(values[newPassword])) {
    problems[newPassword] = t('fieldRules.passwordMinLength', { limit: PASSWORD_MIN_LENGTH });
  }
  return problems;
}
