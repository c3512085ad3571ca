import type { Queryable } from './db.ts';
import { suppressSmallCounts } from './disclosure.ts';
import { K_ANONYMITY } from './policy.ts';
import { loadSql } from './sql.ts';

const sql = { tallies: loadSql(import.meta.url, 'sql/survey-tallies.sql') };

/**
 * Below `hidden` answers a survey result is not shown at all: the map's k, for the same reason. Below `indicative` it
 * is marked indicative: a reliability rule, not a privacy one.
 */
export const RESULT_THRESHOLDS = { hidden: K_ANONYMITY, indicative: 10 } as const;

export const GRADES = ['physical', 'social', 'nuisance', 'safety', 'overall'] as const;
export type Grade = (typeof GRADES)[number];

type SurveyAreaType = 'buurt' | 'wijk' | 'municipality';

/** One area's answers in one round: a buurt, a wijk (its buurten added up) or the municipality (its wijken). */
export interface SurveyCell {
  areaType: SurveyAreaType;
  areaCode: string;
  name: string;
  responses: number;
  sums: Record<Grade, number>;
  better: number;
  worse: number;
  /** A buurt's own comments; a wijk's are those of its shown buurten. Empty when the cell is not shown. */
  comments: string[];
  shown: boolean;
  children: SurveyCell[];
}

export interface RoundDisclosure {
  /** The municipality the round's answers come from: the round's total. */
  root: SurveyCell;
  /** Every buurt and wijk with answers, wijken first, each by name. */
  areas: SurveyCell[];
  cell(areaType: SurveyAreaType, areaCode: string): SurveyCell | undefined;
}

interface TallyRow extends Record<Grade, number> {
  round_id: string;
  buurt_code: string;
  buurt_name: string;
  wijk_code: string;
  wijk_name: string;
  municipality_code: string;
  responses: number;
  better: number;
  worse: number;
  comments: string[];
}

export const meanOf = (cell: SurveyCell, grade: Grade) => cell.sums[grade] / cell.responses;

/** What of a round may be shown, per round id; a round without answers is absent. */
export async function surveyDisclosures(db: Queryable, roundIds: string[]): Promise<Map<string, RoundDisclosure>> {
  if (roundIds.length === 0) return new Map();
  const rows = (await db.query<TallyRow>(sql.tallies, [roundIds])).rows;
  const byRound = new Map<string, TallyRow[]>();
  for (const row of rows) byRound.set(row.round_id, [...(byRound.get(row.round_id) ?? []), row]);
  return new Map([...byRound].map(([roundId, tallies]) => [roundId, disclose(tallies)]));
}

function cellOf(areaType: SurveyAreaType, areaCode: string, name: string): SurveyCell {
  return {
    areaType,
    areaCode,
    name,
    responses: 0,
    sums: { physical: 0, social: 0, nuisance: 0, safety: 0, overall: 0 },
    better: 0,
    worse: 0,
    comments: [],
    shown: false,
    children: [],
  };
}

function addUp(parent: SurveyCell, child: SurveyCell) {
  parent.children.push(child);
  parent.responses += child.responses;
  for (const grade of GRADES) parent.sums[grade] += child.sums[grade];
  parent.better += child.better;
  parent.worse += child.worse;
}

/**
 * What of a round may be shown: the small-count rule of api/shared/disclosure.ts over the round's answers per buurt,
 * wijk and municipality. Counts, grades, trend and comments of a cell are shown or hidden together.
 */
function disclose(tallies: TallyRow[]): RoundDisclosure {
  const root = cellOf('municipality', tallies[0]!.municipality_code, '');
  const wijken = new Map<string, SurveyCell>();
  for (const row of tallies) {
    const sums = Object.fromEntries(GRADES.map((grade) => [grade, row[grade]])) as Record<Grade, number>;
    const buurt = {
      ...cellOf('buurt', row.buurt_code, row.buurt_name),
      responses: row.responses,
      sums,
      better: row.better,
      worse: row.worse,
      comments: row.comments,
    };
    let wijk = wijken.get(row.wijk_code);
    if (!wijk) wijken.set(row.wijk_code, (wijk = cellOf('wijk', row.wijk_code, row.wijk_name)));
    addUp(wijk, buurt);
  }
  for (const wijk of wijken.values()) addUp(root, wijk);

  const all = [root, ...wijken.values(), ...[...wijken.values()].flatMap((wijk) => wijk.children)];
  suppressSmallCounts(root, (cell) => cell.responses, { k: RESULT_THRESHOLDS.hidden });
  // Comments are shown only where their own buurt's results are.
  for (const wijk of wijken.values()) {
    for (const buurt of wijk.children) if (!buurt.shown) buurt.comments = [];
    wijk.comments = wijk.shown ? wijk.children.flatMap((buurt) => buurt.comments) : [];
  }
  const areas = [...wijken.values(), ...[...wijken.values()].flatMap((wijk) => wijk.children)].sort((a, b) =>
    a.areaType === b.areaType ? a.name.localeCompare(b.name) : a.areaType === 'wijk' ? -1 : 1,
  );
  const byKey = new Map(all.map((cell) => [`${cell.areaType}:${cell.areaCode}`, cell]));
  return { root, areas, cell: (areaType, areaCode) => byKey.get(`${areaType}:${areaCode}`) };
}
