import { GRADES, type Grade, type ResultRow } from './surveys.repository.ts';

/** Below `hidden` responses a result is not shown at all (privacy); below `indicative` it is marked indicative. */
export const RESULT_THRESHOLDS = { hidden: 5, indicative: 10 } as const;

export type Reliability = 'hidden' | 'indicative' | 'reliable';

export function reliabilityOf(responses: number): Reliability {
  if (responses < RESULT_THRESHOLDS.hidden) return 'hidden';
  return responses < RESULT_THRESHOLDS.indicative ? 'indicative' : 'reliable';
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * One group's result (a buurt or a wijk) as it may be shown: nothing but "too few" below the threshold, else the mean
 * grades, the trend and the comments, and per grade the change since the previous round when both may be shown.
 */
export function presentResult(current: ResultRow, previous: ResultRow | undefined) {
  const reliability = reliabilityOf(current.responses);
  const base = { areaType: current.area_type, areaCode: current.area_code, name: current.name, reliability };
  if (reliability === 'hidden') return { ...base, responses: null, grades: null, trend: null, comments: [], change: null };
  const comparable = previous !== undefined && reliabilityOf(previous.responses) !== 'hidden';
  const grades = Object.fromEntries(GRADES.map((grade) => [grade, round1(current[grade])])) as Record<Grade, number>;
  return {
    ...base,
    responses: current.responses,
    grades,
    trend: { better: current.better, worse: current.worse, same: current.responses - current.better - current.worse },
    comments: current.comments ?? [],
    change: comparable
      ? (Object.fromEntries(
          GRADES.map((grade) => {
            const delta = round1(current[grade] - previous[grade]);
            return [grade, { delta, direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same' }];
          }),
        ) as Record<Grade, { delta: number; direction: 'up' | 'down' | 'same' }>)
      : null,
  };
}
