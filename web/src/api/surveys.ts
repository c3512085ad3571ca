import type { AnswerBody, RoundResultsSchema, RoundSchema } from '../../../api/surveys/surveys.schemas.ts';
import type { Static } from '@sinclair/typebox';
import { request } from './client.ts';

// The residents' voice: survey rounds.

export type SurveyRound = Static<typeof RoundSchema>;
export type SurveyResults = Static<typeof RoundResultsSchema>;
export type SurveyAreaResult = SurveyResults['results'][number];
type SurveyGrades = NonNullable<SurveyAreaResult['grades']>;
export type SurveyGradeKey = keyof SurveyGrades;
export type SurveyAnswer = AnswerBody;
export type SurveyTrend = SurveyAnswer['trend'];

const roundUrl = (id: string) => `/api/survey-rounds/${encodeURIComponent(id)}`;

/** Rounds, newest first; with a buurt, only those that ask that buurt. */
export function getSurveyRounds(buurt: string | null, signal?: AbortSignal): Promise<SurveyRound[]> {
  return request('GET', `/api/survey-rounds${buurt === null ? '' : `?buurt=${encodeURIComponent(buurt)}`}`, { signal });
}

export function getSurveyResults(id: string, signal?: AbortSignal): Promise<SurveyResults> {
  return request('GET', `${roundUrl(id)}/results`, { signal });
}

export async function answerSurvey(id: string, answer: SurveyAnswer): Promise<void> {
  await request('POST', `${roundUrl(id)}/answers`, { body: answer });
}
