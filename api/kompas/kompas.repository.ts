import { suppressSmallCounts, type DisclosureCell } from '../shared/disclosure.ts';
import { firstRow, type Queryable } from '../shared/db.ts';
import { loadQueries } from '../shared/sql.ts';
import { GRADES, meanOf, surveyDisclosures } from '../shared/survey-disclosure.ts';
import type { Direction } from './kompas-scoring.ts';

const sql = loadQueries(import.meta.url, [
  'list-indicators',
  'indicator-values',
  'latest-municipality-rounds',
  'find-area',
  'list-areas',
  'find-municipality',
  'figures-source',
  'carried-figures',
  'resident-counts',
]);

export interface IndicatorRow {
  key: string;
  family: 'figures' | 'assets' | 'judgement';
  quarter: string;
  theme: string;
  unit: string;
  direction: Direction;
  label: string;
  explanation: string;
  source_title: string | null;
  source_publisher: string | null;
  source_year: number | null;
}

export type AreaType = 'buurt' | 'wijk';

export interface AreaRow {
  type: AreaType;
  code: string;
  name: string;
  wijk_code: string;
  wijk_name: string;
  municipality_code: string;
  municipality_name: string;
  buurten: { code: string; name: string }[];
}

interface IndicatorValue {
  area_type: AreaType | 'municipality';
  area_code: string;
  indicator_key: string;
  value: number;
  year: number;
  /** The things counted that the value rests on; null: not a count of things. */
  count: number | null;
}

/** The indicator that counts residents (those with a talent they share publicly): shown by the small-count rule. */
const RESIDENTS_INDICATOR = 'residents-with-talents';

interface ResidentCell extends DisclosureCell<ResidentCell> {
  areaType: AreaType | 'municipality';
  residents: number;
  /** Whether the kompas has a value for the area at all (not without its number of inhabitants). */
  valued: boolean;
}

/**
 * The areas of a municipality whose number of residents with talents may be shown, as `type:code`: the small-count
 * rule over the municipality, its wijken and their buurten, so that no hidden count can be had by subtraction.
 */
async function shownResidentCounts(db: Queryable, municipalityCode: string): Promise<Set<string>> {
  const { rows } = await db.query<{
    area_type: ResidentCell['areaType'];
    area_code: string;
    parent_code: string | null;
    n: number;
    valued: boolean;
  }>(sql.residentCounts, [municipalityCode, RESIDENTS_INDICATOR]);
  const cells = new Map<string, ResidentCell>();
  const cellOf = (row: (typeof rows)[number]) => {
    const cell: ResidentCell = {
      areaType: row.area_type,
      areaCode: row.area_code,
      residents: row.n,
      valued: row.valued,
      shown: false,
      children: [],
    };
    cells.set(`${row.area_type}:${row.area_code}`, cell);
    return cell;
  };
  const rowsOf = (type: ResidentCell['areaType']) => rows.filter((row) => row.area_type === type);
  const root = cellOf(rowsOf('municipality')[0]!);
  for (const row of rowsOf('wijk')) root.children.push(cellOf(row));
  for (const row of rowsOf('buurt')) cells.get(`wijk:${row.parent_code}`)?.children.push(cellOf(row));
  suppressSmallCounts(root, (cell) => cell.residents, { published: (cell) => cell.valued });
  return new Set([...cells].filter(([, cell]) => cell.shown).map(([key]) => key));
}

/**
 * The residents' grades per buurt, wijk and municipality in the municipality's latest municipality-wide round (so
 * every area is compared on the same round), for exactly the areas whose results that round shows.
 */
async function judgementValues(db: Queryable, municipalityCode: string): Promise<IndicatorValue[]> {
  const rounds = (
    await db.query<{ id: string; area_code: string; year: number }>(sql.latestMunicipalityRounds)
  ).rows.filter((round) => round.area_code === municipalityCode);
  const disclosures = await surveyDisclosures(
    db,
    rounds.map((round) => round.id),
  );
  return rounds.flatMap((round) => {
    const disclosure = disclosures.get(round.id);
    if (!disclosure) return [];
    return [disclosure.root, ...disclosure.areas]
      .filter((cell) => cell.shown)
      .flatMap((cell) =>
        GRADES.map((grade) => ({
          area_type: cell.areaType,
          area_code: cell.areaCode,
          indicator_key: `grade-${grade}`,
          value: Math.round(meanOf(cell, grade) * 100) / 100,
          year: round.year,
          count: null,
        })),
      );
  });
}

export const kompasRepository = {
  async indicators(db: Queryable, language: 'nl' | 'en'): Promise<IndicatorRow[]> {
    return (await db.query<IndicatorRow>(sql.listIndicators, [language])).rows;
  },

  /** The CBS indicators some loaded file carries, in any municipality. */
  async carriedFigures(db: Queryable) {
    return (await db.query<{ indicator_key: string }>(sql.carriedFigures)).rows;
  },

  /**
   * The values of every area of this kind in one municipality, and of that municipality: every reader of the kompas's
   * values reads them here, so the small-count rule for residents holds for all of them.
   */
  async values(db: Queryable, areaType: AreaType, municipalityCode: string) {
    // Side by side: on a server pool on separate connections (on one client or the embedded database they queue).
    const [{ rows }, shownResidents, judgements] = await Promise.all([
      db.query<IndicatorValue>(sql.indicatorValues, [areaType, municipalityCode]),
      shownResidentCounts(db, municipalityCode),
      judgementValues(db, municipalityCode),
    ]);
    return [
      // A number of residents that may not be shown is left out, value and count: it is "no data" like a missing one.
      ...rows.filter(
        (row) => row.indicator_key !== RESIDENTS_INDICATOR || shownResidents.has(`${row.area_type}:${row.area_code}`),
      ),
      ...judgements.filter((row) => row.area_type === areaType || row.area_type === 'municipality'),
    ];
  },

  async findArea(db: Queryable, areaType: AreaType, code: string) {
    return firstRow<AreaRow>(db, sql.findArea, [areaType, code]);
  },

  /** Where a municipality's latest key figures come from, and their year; null when it has none. */
  async figuresSource(db: Queryable, municipalityCode: string) {
    return firstRow<{ title: string; publisher: string; year: number }>(db, sql.figuresSource, [municipalityCode]);
  },

  /** The municipality with this code, or without one the largest loaded municipality; null when there is none. */
  async municipality(db: Queryable, code: string | undefined) {
    return firstRow<{ code: string; name: string }>(db, sql.findMunicipality, [code ?? null]);
  },

  /** Every buurt or wijk of one municipality. */
  async areas(db: Queryable, areaType: AreaType, municipalityCode: string) {
    return (await db.query<{ code: string; name: string }>(sql.listAreas, [areaType, municipalityCode])).rows;
  },
};
