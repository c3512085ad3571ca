import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type pg from 'pg';
import { loadSql } from '../api/shared/sql.ts';
import { titleCaseAreaName } from './names.ts';
import { generateDemo, type DemoCounts, type DemoOptions } from './synthetic/generate.ts';
import { INDICATORS } from './indicators.ts';
import { TAXONOMY } from './taxonomy.ts';

const sql = {
  dataSources: loadSql(import.meta.url, 'sql/upsert-data-sources.sql'),
  municipalities: loadSql(import.meta.url, 'sql/upsert-municipalities.sql'),
  wijken: loadSql(import.meta.url, 'sql/upsert-wijken.sql'),
  buurten: loadSql(import.meta.url, 'sql/upsert-buurten.sql'),
  keyFigures: loadSql(import.meta.url, 'sql/upsert-wijk-key-figures.sql'),
  indicators: loadSql(import.meta.url, 'sql/upsert-indicators.sql'),
  municipalityOutlines: loadSql(import.meta.url, 'sql/update-municipality-outlines.sql'),
  tagDomains: loadSql(import.meta.url, 'sql/upsert-tag-domains.sql'),
  tags: loadSql(import.meta.url, 'sql/upsert-tags.sql'),
};

/** Bump when the way the seed transforms the source files changes, so every row is rewritten once. */
const SEED_VERSION = '1';
const MUNICIPALITY = { code: 'GM0855', name: 'Tilburg' } as const;
const CBS_YEAR = 2024;

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
    year: CBS_YEAR,
    licence: 'CC BY 4.0',
    attribution: 'CBS/Kadaster',
    url: 'https://www.pdok.nl',
  },
} as const;

interface Feature<P> {
  type: 'Feature';
  properties: P;
  geometry: { type: string; coordinates: unknown };
}
interface FeatureCollection<P> {
  features: Feature<P>[];
}
interface BuurtProperties {
  BU_CODE: string;
  BU_NAAM: string;
  WK_CODE: string;
  GM_CODE: string;
}
interface WijkProperties {
  WK_CODE: string;
  WK_NAAM: string;
  GM_CODE: string;
}
interface CbsWijkProperties {
  wijkcode: string;
  wijknaam: string;
  gemeentecode: string;
  aantal_inwoners?: number | null;
  mannen?: number | null;
  vrouwen?: number | null;
  '0_15'?: number | null;
  '15_25'?: number | null;
  '25_45'?: number | null;
  '45_65'?: number | null;
  '65plus'?: number | null;
  huishoudens?: number | null;
  gem_huishouden_grootte?: number | null;
  bevolkingsdichtheid?: number | null;
  personenautos?: number | null;
}

interface TableChanges {
  inserted: number;
  updated: number;
}
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

async function readCollection<P>(fileName: string): Promise<FeatureCollection<P>> {
  const text = await readFile(new URL(`data/${fileName}`, import.meta.url), 'utf8');
  return JSON.parse(text) as FeatureCollection<P>;
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(SEED_VERSION).update(JSON.stringify(value)).digest('hex');
}

async function upsert(client: pg.ClientBase, text: string, rows: unknown[]): Promise<TableChanges> {
  const result = await client.query<{ inserted: boolean }>(text, [JSON.stringify(rows)]);
  const inserted = result.rows.filter((row) => row.inserted).length;
  return { inserted, updated: result.rows.length - inserted };
}

/**
 * Loads the real Tilburg boundaries and the CBS 2024 wijk key figures. Idempotent: rows are rewritten only when
 * their source changed, so seeding twice changes nothing. Run it inside a transaction (see `seedDatabase`).
 */
async function seed(client: pg.ClientBase): Promise<SeedResult> {
  const [buurtFile, wijkFile, cbsFile] = await Promise.all([
    readCollection<BuurtProperties>('tilburg-buurten-2020.geojson'),
    readCollection<WijkProperties>('tilburg-wijken-2020.geojson'),
    readCollection<CbsWijkProperties>('nl-wijken-2024-kerncijfers.geojson'),
  ]);
  const cbsWijken = cbsFile.features.filter((feature) => feature.properties.gemeentecode === MUNICIPALITY.code);
  const municipalWijkCodes = new Set(wijkFile.features.map((feature) => feature.properties.WK_CODE));

  // The data sources first: the areas and figures name them (seedReferenceData keeps them too, on every start).
  await upsert(client, sql.dataSources, Object.values(SOURCES));
  const municipalities = await upsert(client, sql.municipalities, [
    { ...MUNICIPALITY, source_hash: hashOf(MUNICIPALITY) },
  ]);

  const wijkRows = [
    ...wijkFile.features.map((feature) => ({
      code: feature.properties.WK_CODE,
      name: titleCaseAreaName(feature.properties.WK_NAAM),
      municipality_code: feature.properties.GM_CODE,
      geometry: feature.geometry,
      geometry_source: SOURCES.municipal.key,
      source_hash: hashOf(feature),
    })),
    // Wijken that the municipal 2020 files lack (Biezenmortel) take their polygon from CBS.
    ...cbsWijken
      .filter((feature) => !municipalWijkCodes.has(feature.properties.wijkcode))
      .map((feature) => ({
        code: feature.properties.wijkcode,
        name: feature.properties.wijknaam,
        municipality_code: feature.properties.gemeentecode,
        geometry: feature.geometry,
        geometry_source: SOURCES.cbs.key,
        source_hash: hashOf(feature),
      })),
  ];
  const wijken = await upsert(client, sql.wijken, wijkRows);

  const buurten = await upsert(
    client,
    sql.buurten,
    buurtFile.features.map((feature) => ({
      code: feature.properties.BU_CODE,
      name: titleCaseAreaName(feature.properties.BU_NAAM),
      wijk_code: feature.properties.WK_CODE,
      municipality_code: feature.properties.GM_CODE,
      geometry: feature.geometry,
      geometry_source: SOURCES.municipal.key,
      source_hash: hashOf(feature),
    })),
  );

  const wijkKeyFigures = await upsert(
    client,
    sql.keyFigures,
    cbsWijken.map(({ properties: p }) => {
      const row = {
        wijk_code: p.wijkcode,
        year: CBS_YEAR,
        inhabitants: p.aantal_inwoners ?? null,
        men: p.mannen ?? null,
        women: p.vrouwen ?? null,
        age_0_15_pct: p['0_15'] ?? null,
        age_15_25_pct: p['15_25'] ?? null,
        age_25_45_pct: p['25_45'] ?? null,
        age_45_65_pct: p['45_65'] ?? null,
        age_65_plus_pct: p['65plus'] ?? null,
        households: p.huishoudens ?? null,
        avg_household_size: p.gem_huishouden_grootte ?? null,
        density_per_km2: p.bevolkingsdichtheid ?? null,
        passenger_cars: p.personenautos ?? null,
        source: SOURCES.cbs.key,
      };
      return { ...row, source_hash: hashOf(row) };
    }),
  );

  const outlineMissing = await client.query('SELECT 1 FROM municipalities WHERE geom IS NULL LIMIT 1');
  if (wijken.inserted + wijken.updated > 0 || outlineMissing.rowCount) {
    await client.query(sql.municipalityOutlines);
  }

  return { municipalities, wijken, buurten, wijkKeyFigures, ...(await seedReferenceData(client)) };
}

/**
 * Data the app needs in every database, demo or not: the taxonomy of tags. Idempotent and cheap, so the server runs
 * it at every start (a database seeded before a tag was added gets it too).
 */
async function seedReferenceData(client: pg.ClientBase): Promise<ReferenceDataResult> {
  const dataSources = await upsert(client, sql.dataSources, Object.values(SOURCES));
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
