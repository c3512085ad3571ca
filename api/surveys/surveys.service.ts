import type { Queryable } from '../shared/db.ts';
import {
  GRADES,
  meanOf,
  RESULT_THRESHOLDS,
  surveyDisclosures,
  type Grade,
  type RoundDisclosure,
  type SurveyCell,
} from '../shared/survey-disclosure.ts';
import { badRequest, conflict, forbidden, notFound } from '../shared/http-error.ts';
import { AREA_CODE_EXAMPLES, isAreaCode } from '../shared/schemas.ts';
import { surveysRepository as repository, type RoundRow } from './surveys.repository.ts';
import type { AnswerBody, NewRoundBody } from './surveys.schemas.ts';

export type Reliability = 'hidden' | 'indicative' | 'reliable';

export function reliabilityOf(responses: number): Reliability {
  if (responses < RESULT_THRESHOLDS.hidden) return 'hidden';
  return responses < RESULT_THRESHOLDS.indicative ? 'indicative' : 'reliable';
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** A round's total, only where its whole area may be shown (a round without answers counts 0). */
const totalOf = (disclosure: RoundDisclosure | undefined) =>
  disclosure === undefined ? 0 : disclosure.root.shown ? disclosure.root.responses : null;

function presentRound(round: RoundRow, disclosure: RoundDisclosure | undefined) {
  return {
    id: round.id,
    areaType: round.area_type,
    areaCode: round.area_code,
    title: round.title,
    opensAt: round.opens_at.toISOString(),
    closesAt: round.closes_at.toISOString(),
    open: round.open,
    responses: totalOf(disclosure),
  };
}

/**
 * One buurt's or wijk's result as it may be shown: nothing but "not shown" when hidden (too few answers, or so that a
 * smaller group next to it cannot be worked out), else the mean grades, the trend and the comments, and per grade the
 * change since the previous round when both may be shown.
 */
function presentResult(current: SurveyCell, previous: SurveyCell | undefined) {
  const base = { areaType: current.areaType as 'buurt' | 'wijk', areaCode: current.areaCode, name: current.name };
  if (!current.shown)
    return {
      ...base,
      reliability: 'hidden' as const,
      responses: null,
      grades: null,
      trend: null,
      comments: [],
      change: null,
    };
  const grades = Object.fromEntries(GRADES.map((grade) => [grade, round1(meanOf(current, grade))])) as Record<
    Grade,
    number
  >;
  return {
    ...base,
    reliability: reliabilityOf(current.responses),
    responses: current.responses,
    grades,
    trend: { better: current.better, worse: current.worse, same: current.responses - current.better - current.worse },
    comments: current.comments,
    change: previous?.shown
      ? (Object.fromEntries(
          GRADES.map((grade) => {
            const delta = round1(meanOf(current, grade) - meanOf(previous, grade));
            return [grade, { delta, direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same' }];
          }),
        ) as Record<Grade, { delta: number; direction: 'up' | 'down' | 'same' }>)
      : null,
  };
}

/** Survey rounds, newest first, each with its total where it may be shown. */
export async function listRounds(db: Queryable, buurtCode: string | null) {
  const rounds = await repository.listRounds(db, buurtCode);
  const disclosures = await surveyDisclosures(
    db,
    rounds.map((round) => round.id),
  );
  return rounds.map((round) => presentRound(round, disclosures.get(round.id)));
}

/** A round's results per wijk and buurt, compared with the round before it for the same area; 404 when there is no such round. */
export async function roundResults(db: Queryable, id: string) {
  const round = await repository.findRound(db, id);
  if (!round) throw notFound('names no survey round', { field: 'params/id', rule: 'exists' });
  const previousId = await repository.previousRound(db, round.id);
  const disclosures = await surveyDisclosures(db, previousId === null ? [round.id] : [round.id, previousId]);
  const current = disclosures.get(round.id);
  const before = previousId === null ? undefined : disclosures.get(previousId);
  return {
    round: presentRound(round, current),
    comparedWith: previousId,
    results: (current?.areas ?? []).map((cell) => presentResult(cell, before?.cell(cell.areaType, cell.areaCode))),
  };
}

/** Opens a round for an area the opener may ask: administrators anywhere, connectors in their own areas. */
export async function openRound(
  db: Queryable,
  openedBy: string,
  { areaType, areaCode, title, opensAt, closesAt }: NewRoundBody,
): Promise<string> {
  if (!isAreaCode(areaType, areaCode)) {
    throw badRequest('body/areaCode', 'pattern', `is not a ${areaType} code (e.g. ${AREA_CODE_EXAMPLES[areaType]})`);
  }
  if (new Date(closesAt) <= new Date(opensAt ?? Date.now()))
    throw badRequest('body/closesAt', 'after-opens', 'must be after the round opens');
  const area = await repository.area(db, areaType, areaCode, openedBy);
  if (!area.exists) throw notFound(`names no ${areaType}`, { field: 'body/areaCode', rule: 'exists' });
  if (!area.may_open) {
    throw forbidden('is not an area you may open a round for (administrators; connectors for their own areas)', {
      field: 'body/areaCode',
      rule: 'connector-area',
    });
  }
  return repository.insertRound(db, {
    type: areaType,
    code: areaCode,
    title: title.trim(),
    opensAt: opensAt ?? null,
    closesAt,
    openedBy,
  });
}

/** Stores a resident's one answer to an open round of their area; returns the round's id. */
export async function answerRound(db: Queryable, roundId: string, userId: string, answer: AnswerBody): Promise<string> {
  const round = await repository.roundForAnswer(db, roundId, userId);
  if (!round) throw notFound('names no survey round', { field: 'params/id', rule: 'exists' });
  if (!round.open) throw conflict('is a round that is not open', { field: 'params/id', rule: 'open' });
  if (!round.buurt_code) {
    throw forbidden('asks the residents of another area: set your home buurt there first', {
      field: 'params/id',
      rule: 'resident',
    });
  }
  const answered = await repository.insertAnswer(db, round.id, userId, round.buurt_code, {
    ...answer,
    comment: answer.comment?.trim() ?? '',
  });
  if (!answered) throw conflict('is a round you answered already', { field: 'params/id', rule: 'once' });
  return round.id;
}
