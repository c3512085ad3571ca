import { firstRow, type Queryable } from '../shared/db.ts';
import type { Grade } from '../shared/survey-disclosure.ts';
import { loadQueries } from '../shared/sql.ts';

const sql = loadQueries(import.meta.url, [
  'area-exists',
  'insert-round',
  'list-rounds',
  'find-round-for-answer',
  'insert-answer',
  'previous-round',
  'find-round',
]);

export type AreaType = 'buurt' | 'wijk' | 'municipality';

export interface RoundRow {
  id: string;
  area_type: AreaType;
  area_code: string;
  title: string;
  opens_at: Date;
  closes_at: Date;
  open: boolean;
}

export const surveysRepository = {
  async area(db: Queryable, type: AreaType, code: string, userId: string) {
    return (await db.query<{ exists: boolean; may_open: boolean | null }>(sql.areaExists, [type, code, userId]))
      .rows[0]!;
  },
  async insertRound(
    db: Queryable,
    round: { type: AreaType; code: string; title: string; opensAt: string | null; closesAt: string; openedBy: string },
  ) {
    return (
      await db.query<{ id: string }>(sql.insertRound, [
        round.type,
        round.code,
        round.title,
        round.opensAt,
        round.closesAt,
        round.openedBy,
      ])
    ).rows[0]!.id;
  },
  async listRounds(db: Queryable, buurtCode: string | null) {
    return (await db.query<RoundRow>(sql.listRounds, [buurtCode])).rows;
  },
  async roundForAnswer(db: Queryable, roundId: string, userId: string) {
    return firstRow<{ id: string; open: boolean; buurt_code: string | null }>(db, sql.findRoundForAnswer, [
      roundId,
      userId,
    ]);
  },
  /** false: the resident answered this round already. */
  async insertAnswer(
    db: Queryable,
    roundId: string,
    userId: string,
    buurtCode: string,
    answer: Record<Grade, number> & { trend: string; comment: string },
  ) {
    const { rowCount } = await db.query(sql.insertAnswer, [
      roundId,
      userId,
      buurtCode,
      answer.physical,
      answer.social,
      answer.nuisance,
      answer.safety,
      answer.overall,
      answer.trend,
      answer.comment,
    ]);
    return rowCount === 1;
  },
  async findRound(db: Queryable, id: string) {
    return firstRow<RoundRow>(db, sql.findRound, [id]);
  },
  async previousRound(db: Queryable, id: string) {
    return (await db.query<{ id: string }>(sql.previousRound, [id])).rows[0]?.id ?? null;
  },
};
