import type { TestAccount } from './client.ts';

/** Answers a survey round with the same grade for every question and the trend "same", plus any other fields. */
export function answerAllWith(
  account: TestAccount,
  roundId: string,
  grade: number,
  extra: Record<string, unknown> = {},
) {
  return account.client.post(`/api/survey-rounds/${roundId}/answers`, {
    physical: grade,
    social: grade,
    nuisance: grade,
    safety: grade,
    overall: grade,
    trend: 'same',
    ...extra,
  });
}
