import type { TFunction } from 'i18next';
import type { ProfileAreaType } from '../api/areas.ts';
import { ApiError } from '../api/client.ts';
import type { SurveyGradeKey } from '../api/surveys.ts';
import { problemOf } from '../forms/api-errors.ts';
import { failureMessage, problemMessage } from '../forms/messages.ts';

export type T = TFunction<'translation'>;

export const GRADE_KEYS: readonly SurveyGradeKey[] = ['physical', 'social', 'nuisance', 'safety', 'overall'];

/** The buurt or wijk the voices are of. */
export interface VoicesArea {
  type: ProfileAreaType;
  code: string;
  name: string;
}

/** Rules of the survey and observation routes, in words; the rest as the shared forms say them. */
const VOICE_RULES: Readonly<Record<string, string>> = {
  resident: 'voices.ruleResident',
  once: 'voices.ruleOnce',
  open: 'voices.ruleOpen',
  'max-size': 'voices.ruleMaxSize',
  image: 'voices.ruleImage',
  'inside-a-buurt': 'voices.ruleInsideABuurt',
};

/** Every problem of a refused call as a sentence: the field's name, then what is wrong. */
export function problemsOf(t: T, error: unknown): string[] {
  if (!(error instanceof ApiError) || error.errors.length === 0) return [failureMessage(t, error)];
  return error.errors.map((fieldError) => {
    const problem = problemOf(fieldError);
    const key = VOICE_RULES[problem.rule];
    const words = key === undefined ? problemMessage(t, problem) : t(key as 'voices.ruleOnce');
    const fieldKey = `voices.field-${problem.field}`;
    const fieldName = t(fieldKey as 'voices.field-body', { defaultValue: problem.field });
    return problem.field === '' || problem.field === 'id' ? words : `${fieldName}: ${words}`;
  });
}
