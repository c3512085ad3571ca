import { readFile } from 'node:fs/promises';
import type pg from 'pg';
import { readGeoJsonAreaFile } from '../api/areas/import/area-file.ts';
import { loadAreas, type AreaImportResult } from '../api/areas/import/area-import.service.ts';
import { areaImportRepository, type TableChanges } from '../api/areas/import/area-import.repository.ts';
import { loadSql } from '../api/shared/sql.ts';
import { generateDemo, type DemoCounts, type DemoOptions } from './synthetic/generate.ts';
import { INDICATORS } from './indicators.ts';
import { TAXONOMY } from './taxonomy.ts';

const sql = {
  indicators: loadSql(import.meta.url, 'sql/upsert-indicators.sql'),
  tagDomains: loadSql(import.meta.url, 'sql/upsert-tag-domains.sql'),
  tags: loadSql(import.meta.url, 'sql/upsert-tags.sql'),
};

const MUNICIPALITY = 'GM0855';

const SOURCES = {
  municipal: {
    key: 'gemeente-tilburg-2020',
    title: 'Wijken en buurten Tilburg',
    publisher: 'Gemeente Tilburg',
    year: 2020,
    licence: 'Open data',
    attribution: 'Gemeente Tilburg',
    url: 'https://dataplatform.nl',
  },
  cbs: {
    key: 'cbs-wijken-buurten-2024',
    title: 'Wijk- en buurtkaart 2024, kerncijfers',
    publisher: 'CBS/Kadaster',
    year: 2024,
    licence: 'CC BY 4.0',
    attribution: 'CBS/Kadaster',
    url: 'https://www.pdok.nl',
  },
} as const;

export interface ReferenceDataResult {
  dataSources: TableChanges;
  tagDomains: TableChanges;
  tags: TableChanges;
  indicators: TableChanges;
}

export interface SeedResult extends ReferenceDataResult {
  municipalities: TableChanges;
  wijken: TableChanges;
  buurten: TableChanges;
  wijkKeyFigures: TableChanges;
  /** Present only when the synthetic demo population was written (not when it existed already or was skipped). */
  demo?: DemoCounts;
}

export interface SeedOptions {
  /** The synthetic residents, organisations and assets (seed/synthetic), in the same transaction; false: none. */
  demo?: DemoOptions | false;
}

async function readAreaFile(fileName: string, municipalities: string[] = []) {
  const text = await readFile(new URL(`data/${fileName}`, import.meta.url), 'utf8');
  return readGeoJsonAreaFile(fileName, text, municipalities);
}

async function upsert(client: pg.ClientBase, text: string, rows: unknown[]): Promise<TableChanges> {
  const result = await client.query<{ inserted: boolean }>(text, [JSON.stringify(rows)]);
  const inserted = result.rows.filter((row) => row.inserted).length;
  return { inserted, updated: result.rows.length - inserted };
}

const sum = (
  results: AreaImportResult[],
  table: Exclude<keyof NonNullable<AreaImportResult['changes']>, 'retired' | 'restored'>,
): TableChanges =>
  results.reduce(
    (total, result) => ({
      inserted: total.inserted + (result.changes?.[table].inserted ?? 0),
      updated: total.updated + (result.changes?.[table].updated ?? 0),
    }),
    { inserted: 0, updated: 0 },
  );

/**
 * Loads the real Tilburg boundaries and the CBS 2024 wijk key figures through the area import, as an administrator
 * would: the municipal wijken, then CBS's file for the key figures and the wijk the municipal files lack
 * (Biezenmortel), keeping the municipal polygons, then the municipal buurten. Idempotent: rows are rewritten only when
 * their source changed, so seeding twice changes nothing. Run it inside a transaction (see `seedDatabase`).
 */
async function seed(client: pg.ClientBase): Promise<SeedResult> {
  const [wijkFile, cbsFile, buurtFile] = await Promise.all([
    readAreaFile('tilburg-wijken-2020.geojson'),
    readAreaFile('nl-wijken-2024-kerncijfers.geojson', [MUNICIPALITY]),
    readAreaFile('tilburg-buurten-2020.geojson'),
  ]);
  const results = [
    await loadAreas(client, wijkFile, { source: SOURCES.municipal }),
    await loadAreas(client, cbsFile, { source: SOURCES.cbs, keepLoaded: true }),
    await loadAreas(client, buurtFile, { source: SOURCES.municipal }),
  ];
  return {
    municipalities: sum(results, 'municipalities'),
    wijken: sum(results, 'wijken'),
    buurten: sum(results, 'buurten'),
    wijkKeyFigures: sum(results, 'keyFigures'),
    ...(await seedReferenceData(client)),
  };
}

/**
 * Data the app needs in every database, demo or not: the taxonomy of tags. Idempotent and cheap, so the server runs
 * it at every start (a database seeded before a tag was added gets it too).
 */
async function seedReferenceData(client: pg.ClientBase): Promise<ReferenceDataResult> {
  const dataSources = await areaImportRepository.upsertDataSources(client, Object.values(SOURCES));
  const tagDomains = await upsert(
    client,
    sql.tagDomains,
    TAXONOMY.map((domain, index) => ({ key: domain.key, label_nl: domain.nl, label_en: domain.en, sort: index })),
  );
  const tags = await upsert(
    client,
    sql.tags,
    TAXONOMY.flatMap((domain) =>
      domain.tags.map(([key, nl, en]) => ({ key, domain_key: domain.key, label_nl: nl, label_en: en })),
    ),
  );
  // After the data sources, which the indicators name.
  const indicators = await upsert(
    client,
    sql.indicators,
    INDICATORS.map((indicator, index) => ({
      key: indicator.key,
      family: indicator.family,
      quarter: indicator.quarter,
      theme: indicator.theme,
      label_nl: indicator.nl[0],
      label_en: indicator.en[0],
      explanation_nl: indicator.nl[1],
      explanation_en: indicator.en[1],
      unit: indicator.unit,
      direction: indicator.direction,
      source: indicator.source,
      sort: index,
    })),
  );
  return { dataSources, tagDomains, tags, indicators };
}

/** Runs `step` as one transaction: a failure leaves the database as it was. */
async function inTransaction<T>(pool: pg.Pool, step: (client: pg.ClientBase) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await step(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/**
 * The demo population unless SEED_DEMO=false (the test suite sets it) or NODE_ENV=production without SEED_DEMO=true. DEMO_PASSWORD, when set, lets people log in as
 * the demo residents; otherwise nobody can.
 */
export function demoOptionsFromEnvironment(env: NodeJS.ProcessEnv = process.env): DemoOptions | false {
  const setting = (env.SEED_DEMO ?? '').toLowerCase();
  if (['false', '0', 'no', 'off'].includes(setting)) return false;
  // A production database never gets fake residents unless someone asks for them explicitly.
  if (env.NODE_ENV === 'production' && !['true', '1', 'yes', 'on'].includes(setting)) return false;
  return env.DEMO_PASSWORD ? { password: env.DEMO_PASSWORD } : {};
}

/** The whole seed (areas, figures, taxonomy, and the demo population when it is not there yet) as one transaction. */
export async function seedDatabase(pool: pg.Pool, options: SeedOptions = {}): Promise<SeedResult> {
  const demo = options.demo ?? demoOptionsFromEnvironment();
  const result = await inTransaction(pool, async (client) => {
    const result: SeedResult = await seed(client);
    if (demo) {
      const generated = await generateDemo(client, demo);
      if (generated.status === 'generated') result.demo = generated;
    }
    return result;
  });
  // Fresh statistics after a bulk load: the embedded database has no autovacuum to gather them, and a server's comes
  // later. Without them the planner took the people layer's 2,000 counts for 70 and compared every pair (65 ms, not 4).
  if (result.demo) await pool.query('ANALYZE');
  return result;
}

/** Only the reference data (taxonomy), as one transaction. */
export function seedReferenceDataInto(pool: pg.Pool): Promise<ReferenceDataResult> {
  return inTransaction(pool, seedReferenceData);
}

/** True when no areas are loaded yet: the server seeds on its first start against an empty database. */
export async function isSeeded(pool: pg.Pool): Promise<boolean> {
  const result = await pool.query('SELECT EXISTS (SELECT 1 FROM buurten) AS seeded');
  return result.rows[0]?.seeded === true;
}
