import type { Queryable } from '../shared/db.ts';
import { loadSql } from '../shared/sql.ts';
import type { Direction } from './kompas.ts';

const sql = {
  listIndicators: loadSql(import.meta.url, 'sql/list-indicators.sql'),
  indicatorValues: loadSql(import.meta.url, 'sql/indicator-values.sql'),
  findArea: loadSql(import.meta.url, 'sql/find-area.sql'),
  listAreas: loadSql(import.meta.url, 'sql/list-areas.sql'),
};

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

export const profileRepository = {
  async indicators(db: Queryable, language: 'nl' | 'en'): Promise<IndicatorRow[]> {
    return (await db.query<IndicatorRow>(sql.listIndicators, [language])).rows;
  },

  /** The values of every area of this kind and of the municipalities. */
  async values(db: Queryable, areaType: AreaType) {
    return (await db.query<{ area_type: AreaType | 'municipality'; area_code: string; indicator_key: string; value: number; year: number }>(sql.indicatorValues, [areaType])).rows;
  },

  async findArea(db: Queryable, areaType: AreaType, code: string) {
    return (await db.query<AreaRow>(sql.findArea, [areaType, code])).rows[0] ?? null;
  },

  async areas(db: Queryable, areaType: AreaType) {
    return (await db.query<{ code: string; name: string }>(sql.listAreas, [areaType])).rows;
  },
};
