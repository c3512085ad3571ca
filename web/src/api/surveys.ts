import { request } from './client.ts';

// The residents' voice: survey rounds.

export interface SurveyRound {
  id: string;
  areaType: 'buurt' | 'wijk' | 'municipality';
  areaCode: string;
  title: string;
  opensAt: string;
  closesAt: string;
  open: boolean;
  /** null: not shown, too few answers. */
  responses: number | null;
}

export type SurveyGradeKey = 'physical' | 'social' | 'nuisance' | 'safety' | 'overall';
export type SurveyGrades = Record<SurveyGradeKey, number>;
export type SurveyTrend = 'better' | 'same' | 'worse';
export type SurveyChange = Record<SurveyGradeKey, { delta: number; direction: 'up' | 'down' | 'same' }>;

export interface SurveyAreaResult {
  areaType: 'buurt' | 'wijk';
  areaCode: string;
  name: string;
  reliability: 'hidden' | 'indicative' | 'reliable';
  responses: number | null;
  grades: SurveyGrades | null;
  trend: Record<SurveyTrend, number> | null;
  comments: string[];
  change: SurveyChange | null;
}

export interface SurveyResults {
  round: SurveyRound;
  comparedWith: string | null;
  results: SurveyAreaResult[];
}

export interface SurveyAnswer extends SurveyGrades {
  trend: SurveyTrend;
  comment?: string;
}

const roundUrl = (id: string) => `/api/survey-rounds/${encodeURIComponent(id)}`;

/** Rounds, newest first; with a buurt, only those that ask that buurt. */
export function getSurveyRounds(buurt: string | null, signal?: AbortSignal): Promise<SurveyRound[]> {
  return request('GET', `/api/survey-rounds${buurt === null ? '' : `?buurt=${encodeURIComponent(buurt)}`}`, { signal });
}

export function getSurveyResults(id: string, signal?: AbortSignal): Promise<SurveyResults> {
  return request('GET', `${roundUrl(id)}/results`, { signal });
}

export async function answerSurvey(id: string, answer: SurveyAnswer): Promise<void> {
  await request<{ roundId: string }>('POST', `${roundUrl(id)}/answers`, { body: answer });
}
