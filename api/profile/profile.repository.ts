import type { Queryable } from '../shared/db.ts';
import { loadSql } from '../shared/sql.ts';
import type { Direction } from './kompas.ts';

const sql = {
  listIndicators: loadSql(import.meta.url, 'sql/list-indicators.sql'),
  indicatorValues: loadSql(import.meta.url, 'sql/indicator-values.sql'),
  findWijk: loadSql(import.meta.url, 'sql/find-wijk.sql'),
  listWijken: loadSql(import.meta.url, 'sql/list-wijken.sql'),
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

export const profileRepository = {
  async indicators(db: Queryable, language: 'nl' | 'en'): Promise<IndicatorRow[]> {
    return (await db.query<IndicatorRow>(sql.listIndicators, [language])).rows;
  },

  async values(db: Queryable) {
    return (await db.query<{ area_type: 'wijk' | 'municipality'; area_code: string; indicator_key: string; value: number; year: number }>(sql.indicatorValues)).rows;
  },

  async findWijk(db: Queryable, code: string) {
    return (await db.query<{ code: string; name: string; municipality_code: string; municipality_name: string }>(sql.findWijk, [code])).rows[0] ?? null;
  },

  async wijken(db: Queryable) {
    return (await db.query<{ code: string; name: string }>(sql.listWijken)).rows;
  },
};
