// `npm run bench:assets` (also part of `npm run bench`): map, buurt-summary and suggestion latencies on a large
// synthetic city (the suggestions: bench/suggestions.ts).
// Figures only, never pass/fail. For each size it generates a throwaway database with `npm run seed -- --assets N`:
// the embedded database in a temporary DATA_DIR, and, when DATABASE_URL is set, a database of its own on that server
// (BENCH_DATABASE, default krachtkaart_bench; dropped and created anew, never the configured one).
//
//   BENCH_EMBEDDED_ASSETS  sizes on the embedded database (default 100000; "" skips it)
//   BENCH_SERVER_ASSETS    sizes on the PostgreSQL server (default 100000,1000000)
//   BENCH_REQUESTS         requests per measurement (default 50; stops early after BENCH_SECONDS, at least 10)
//   BENCH_CONCURRENCY      concurrent HTTP clients (default 1: latency without queueing)
//   BENCH_EXPLAIN=1        also print EXPLAIN ANALYZE of the map queries at city zoom
//   BENCH_KEEP=1           keep the server's bench database afterwards
//   BENCH_REUSE=1          measure the server's bench database as it is when it already holds about N assets (±10%),
//                          instead of generating it anew (with BENCH_KEEP=1, for repeated runs)
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { assetsRepository, type MapFilters } from '../api/assets/assets.repository.ts';
import { COUNTED_ACCOUNT_MIN_AGE_DAYS, K_ANONYMITY } from '../api/shared/policy.ts';
import type { Bbox } from '../api/shared/bbox.ts';
import { loadSql } from '../api/shared/sql.ts';
import { startEmbeddedDatabase } from '../db/embedded.ts';
import { startServerProcess, type ServerProcess } from '../tests/helpers/server-process.ts';
import {
  measureSuggestionsHttp,
  measureSuggestionsSql,
  suggestionTargets,
  type SuggestionTargets,
} from './suggestions.ts';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 1);
const EXPLAIN = process.env.BENCH_EXPLAIN === '1';
const BENCH_DATABASE = process.env.BENCH_DATABASE ?? 'krachtkaart_bench';
// What the map asks for when the client names no types (assets.routes.ts), and its first page size.
const ALL_TYPES = ['organisation', 'place', 'thing', 'story', 'organisation-item', 'people'];
const PAGE = 500;
const BUURT_WINDOW_DEGREES = { lng: 0.0145, lat: 0.009 }; // about 1 km × 1 km at 51.56° N

function sizes(value: string | undefined, fallback: string): number[] {
  return (value ?? fallback)
    .split(',')
    .map((part) => part.trim().replaceAll('_', ''))
    .filter(Boolean)
    .map(Number);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Row {
  size: string;
  database: string;
  what: string;
  samples: number;
  p50: number;
  p95: number;
  note: string;
}
const table: Row[] = [];

/** Runs `step` up to REQUESTS times (at least 10, at most SECONDS long) and records p50/p95. */
async function measure(
  context: { size: string; database: string },
  what: string,
  step: (i: number) => Promise<number | void>,
  concurrency = 1,
): Promise<Row> {
  // Warm caches, plans and (for a fresh server process) the JIT: the figures are for a server that has been running.
  for (let i = 0; i < 10; i++) await step(i);
  const durations: number[] = [];
  let bytes = 0;
  let next = 0;
  const deadline = performance.now() + SECONDS * 1000;
  async function worker() {
    while (next < REQUESTS && (durations.length < 10 || performance.now() < deadline)) {
      const i = next++;
      const started = performance.now();
      bytes += (await step(i)) ?? 0;
      durations.push(performance.now() - started);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  durations.sort((a, b) => a - b);
  const row = {
    ...context,
    what,
    samples: durations.length,
    p50: percentile(durations, 50),
    p95: percentile(durations, 95),
    note: bytes ? `${(bytes / durations.length / 1024).toFixed(0)} KiB JSON` : '',
  };
  table.push(row);
  console.log(
    `    ${what.padEnd(46)} p50 ${row.p50.toFixed(1).padStart(8)} ms   p95 ${row.p95.toFixed(1).padStart(8)} ms   (${row.samples})  ${row.note}`,
  );
  return row;
}

/** `npm run seed -- --assets N` against the given database, with its progress shown; returns seconds taken. */
function generate(assets: number, env: Record<string, string>): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/seed.ts', '--assets', String(assets)], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const show = (chunk: Buffer) => {
      output += chunk.toString();
      for (const line of chunk.toString().split('\n')) {
        if (/assets .*0,000 \/|demo population|done in/.test(line)) console.log(`      ${line.trim()}`);
      }
    };
    child.stdout.on('data', show);
    child.stderr.on('data', show);
    child.once('exit', (code) =>
      code === 0
        ? resolve((performance.now() - started) / 1000)
        : reject(new Error(`seed failed (${code}):\n${output}`)),
    );
  });
}

interface Targets {
  city: Bbox;
  windows: Bbox[];
  buurten: string[];
  /** The ten tags residents use most: a filtered map. */
  tags: string[];
  suggestions: SuggestionTargets;
}

/** City zoom: the municipality's extent. Buurt zoom: 1 km² windows around the 25 buurten with the most residents. */
async function targetsOf(db: pg.ClientBase): Promise<Targets> {
  const extent = await db.query<{ min_lng: number; min_lat: number; max_lng: number; max_lat: number }>(
    `SELECT ST_XMin(e) AS min_lng, ST_YMin(e) AS min_lat, ST_XMax(e) AS max_lng, ST_YMax(e) AS max_lat
     FROM (SELECT ST_Extent(geom)::geometry AS e FROM municipalities) m`,
  );
  const centres = await db.query<{ lng: number; lat: number }>(
    `SELECT ST_X(ST_PointOnSurface(b.geom)) AS lng, ST_Y(ST_PointOnSurface(b.geom)) AS lat
     FROM buurten b JOIN users u ON u.home_buurt_code = b.code
     GROUP BY b.code, b.geom ORDER BY count(*) DESC, b.code LIMIT 25`,
  );
  const buurten = await db.query<{ code: string }>('SELECT code FROM buurten ORDER BY code');
  const tags = await db.query<{ key: string }>(
    `SELECT t.key FROM (SELECT tags FROM assets WHERE owner_user_id IS NOT NULL LIMIT 100000) a, unnest(a.tags) AS t (key)
     GROUP BY t.key ORDER BY count(*) DESC, t.key LIMIT 10`,
  );
  const e = extent.rows[0]!;
  const suggestions = await suggestionTargets(db);
  return {
    suggestions,
    city: { minLng: e.min_lng, minLat: e.min_lat, maxLng: e.max_lng, maxLat: e.max_lat },
    windows: centres.rows.map(({ lng, lat }) => ({
      minLng: lng - BUURT_WINDOW_DEGREES.lng / 2,
      minLat: lat - BUURT_WINDOW_DEGREES.lat / 2,
      maxLng: lng + BUURT_WINDOW_DEGREES.lng / 2,
      maxLat: lat + BUURT_WINDOW_DEGREES.lat / 2,
    })),
    buurten: buurten.rows.map((row) => row.code),
    tags: tags.rows.map((row) => row.key),
  };
}

function filtersFor(bbox: Bbox): MapFilters {
  return { bbox, types: ALL_TYPES, tags: null, direction: null, buurten: null, text: null };
}

function bboxParam(bbox: Bbox): string {
  return [bbox.minLng, bbox.minLat, bbox.maxLng, bbox.maxLat].map((n) => n.toFixed(6)).join(',');
}

/**
 * The same SQL the API runs, through the same repository functions, so the parameters are the API's. The map's
 * queries on one connection; the suggestion services (and the brute force beside them) on a pool like the app's
 * (`pool`: one connection on the embedded database, DB_POOL_MAX's default of 10 on a server), as the routes call them.
 */
async function measureSql(
  db: pg.ClientBase,
  pool: pg.Pool,
  targets: Targets,
  context: { size: string; database: string },
) {
  console.log('  SQL, directly (pg):');
  const city = filtersFor(targets.city);
  await measure(context, 'map-exact.sql, city zoom', () =>
    assetsRepository.mapExact(db, city, null, PAGE).then(() => undefined),
  );
  await measure(context, 'map-people-counts.sql, city zoom', () =>
    assetsRepository.mapPeopleCounts(db, city, null).then(() => undefined),
  );
  await measure(context, 'map-people.sql, city zoom, one tag', (i) =>
    assetsRepository
      .mapPeople(db, { ...city, tags: [targets.tags[i % targets.tags.length]!] }, null)
      .then(() => undefined),
  );
  await measure(context, 'map-exact.sql, buurt zoom (1 km²)', (i) =>
    assetsRepository
      .mapExact(db, filtersFor(targets.windows[i % targets.windows.length]!), null, PAGE)
      .then(() => undefined),
  );
  await measure(context, 'map-people-counts.sql, buurt zoom (1 km²)', (i) =>
    assetsRepository
      .mapPeopleCounts(db, filtersFor(targets.windows[i % targets.windows.length]!), null)
      .then(() => undefined),
  );
  await measure(context, 'buurt-summary-*.sql', (i) =>
    assetsRepository.areaSummary(db, [targets.buurten[i % targets.buurten.length]!], 'nl').then(() => undefined),
  );
  if (EXPLAIN) await explain(db, targets.city);
  const assets = Number(context.size.replaceAll(',', ''));
  await measureSuggestionsSql(pool, targets.suggestions, assets, (what, step) => measure(context, what, step));
}

async function explain(db: pg.ClientBase, bbox: Bbox) {
  const box = [bbox.minLng, bbox.minLat, bbox.maxLng, bbox.maxLat];
  const plans = {
    'map-people-counts.sql': [
      loadSql(import.meta.url, '../api/assets/sql/map-people-counts.sql'),
      [...box, null, null, K_ANONYMITY, COUNTED_ACCOUNT_MIN_AGE_DAYS],
    ],
    'map-exact.sql': [
      loadSql(import.meta.url, '../api/assets/sql/map-exact.sql'),
      [...box, ALL_TYPES, null, null, null, null, null, PAGE],
    ],
  } as const;
  for (const [name, [text, values]] of Object.entries(plans)) {
    const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, [...values]);
    console.log(
      `\n  EXPLAIN ANALYZE ${name}, city zoom:\n${rows.map((row) => `    ${row['QUERY PLAN']}`).join('\n')}\n`,
    );
  }
}

async function measureHttp(url: string, targets: Targets, context: { size: string; database: string }) {
  console.log(`  HTTP (${CONCURRENCY} client${CONCURRENCY === 1 ? '' : 's'}):`);
  const get = async (pathAndQuery: string) => {
    const response = await fetch(`${url}${pathAndQuery}`, { headers: { 'accept-encoding': 'gzip' } });
    if (response.status !== 200) throw new Error(`${pathAndQuery}: ${response.status} ${await response.text()}`);
    return (await response.arrayBuffer()).byteLength;
  };
  await measure(context, 'GET /api/map, city zoom', () => get(`/api/map?bbox=${bboxParam(targets.city)}`), CONCURRENCY);
  await measure(
    context,
    'GET /api/map, city zoom, one tag',
    (i) => get(`/api/map?bbox=${bboxParam(targets.city)}&tags=${targets.tags[i % targets.tags.length]}`),
    CONCURRENCY,
  );
  await measure(
    context,
    'GET /api/map, buurt zoom (1 km²)',
    (i) => get(`/api/map?bbox=${bboxParam(targets.windows[i % targets.windows.length]!)}`),
    CONCURRENCY,
  );
  await measure(
    context,
    'GET /api/areas/buurten/{code}/summary',
    (i) => get(`/api/areas/buurten/${targets.buurten[i % targets.buurten.length]}/summary`),
    CONCURRENCY,
  );
  await measureSuggestionsHttp(url, targets.suggestions, (what, step) => measure(context, what, step, CONCURRENCY));
}

/** Stops the server process, giving up after 15 s (a process that is already gone never says so again). */
function stopQuietly(server: ServerProcess): Promise<number | null | 'gone'> {
  return Promise.race([
    server.stop(),
    new Promise<'gone'>((resolve) => setTimeout(() => resolve('gone'), 15_000).unref()),
  ]);
}

/**
 * The real server process on the bench database. If it stops under the bench (on a shared machine someone may stop
 * every `api/server.ts` by name; that showed as 503s from a closing Fastify), the HTTP lines are measured once more
 * on a fresh process.
 */
async function httpAgainst(env: Record<string, string>, targets: Targets, context: { size: string; database: string }) {
  for (let attempt = 1; ; attempt++) {
    const rowsBefore = table.length;
    const server = await startServerProcess({ ...env, LOG_LEVEL: 'warn' }, 300_000);
    try {
      await measureHttp(server.url, targets, context);
      await stopQuietly(server);
      return;
    } catch (error) {
      table.length = rowsBefore;
      const exit = await stopQuietly(server);
      if (attempt >= 2) {
        console.error(`The server process (exit ${exit}) said:\n${server.output.slice(-4000)}`);
        throw error;
      }
      console.log(
        `    the server process failed (${(error as Error).message.slice(0, 160)}; exit ${exit}): measuring again on a new one`,
      );
    }
  }
}

async function counts(db: pg.ClientBase): Promise<string> {
  const { rows } = await db.query<{ assets: number; residents: number }>(
    'SELECT (SELECT count(*)::int FROM assets) AS assets, (SELECT count(*)::int FROM users) AS residents',
  );
  return `${rows[0]!.assets.toLocaleString('en-GB')} assets, ${rows[0]!.residents.toLocaleString('en-GB')} residents`;
}

async function benchEmbedded(assets: number) {
  const context = { size: assets.toLocaleString('en-GB'), database: 'embedded' };
  const dataDir = await mkdtemp(path.join(tmpdir(), 'krachtkaart-bench-assets-'));
  try {
    console.log(`\n${context.size} assets, embedded database (PGlite) in ${dataDir}`);
    const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    const seconds = await generate(assets, env);
    console.log(`    generated in ${seconds.toFixed(0)} s`);
    // The data folder is locked while open: first the SQL from this process, then the server process.
    const embedded = await startEmbeddedDatabase({ dataDir });
    const db = new pg.Client(embedded.connectionString);
    await db.connect();
    const pool = new pg.Pool({ connectionString: embedded.connectionString, max: 1 });
    let targets: Targets;
    try {
      console.log(`    ${await counts(db)}`);
      targets = await targetsOf(db);
      await measureSql(db, pool, targets, context);
    } finally {
      await pool.end();
      await db.end();
      await embedded.close();
    }
    await httpAgainst(env, targets, context);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function benchServer(assets: number, configured: URL) {
  const context = { size: assets.toLocaleString('en-GB'), database: `PostgreSQL (${configured.host})` };
  if (configured.pathname.slice(1) === BENCH_DATABASE)
    throw new Error(`BENCH_DATABASE must not be the configured database (${BENCH_DATABASE})`);
  const benchUrl = new URL(configured);
  benchUrl.pathname = `/${BENCH_DATABASE}`;
  if (process.env.BENCH_REUSE === '1') {
    const present = await assetsIn(benchUrl);
    if (present !== null && Math.abs(present - assets) <= assets * 0.1) return measureServer(benchUrl, context, null);
  }
  const admin = new pg.Client(configured.toString());
  await admin.connect();
  try {
    // Identifiers cannot be parameters; BENCH_DATABASE is checked to be a plain name.
    if (!/^[a-z_][a-z0-9_]*$/.test(BENCH_DATABASE))
      throw new Error(`BENCH_DATABASE must be a plain lower-case name, not "${BENCH_DATABASE}"`);
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE}`);
    await admin.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  } finally {
    await admin.end();
  }
  console.log(`\n${context.size} assets, PostgreSQL server, database ${BENCH_DATABASE}`);
  const seconds = await generate(assets, { DATABASE_URL: benchUrl.toString() });
  await measureServer(benchUrl, context, seconds);
  if (process.env.BENCH_KEEP !== '1') {
    const cleanup = new pg.Client(configured.toString());
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE}`);
    await cleanup.end();
  }
}

/** The number of assets in the bench database, or null when it does not exist (yet). */
async function assetsIn(url: URL): Promise<number | null> {
  const db = new pg.Client(url.toString());
  try {
    await db.connect();
    return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM assets')).rows[0]!.n;
  } catch {
    return null;
  } finally {
    await db.end().catch(() => {});
  }
}

async function measureServer(benchUrl: URL, context: { size: string; database: string }, seconds: number | null) {
  const env = { DATABASE_URL: benchUrl.toString() };
  console.log(
    seconds === null
      ? `\n${context.size} assets, PostgreSQL server, database ${BENCH_DATABASE} as it is (BENCH_REUSE=1)`
      : `    generated in ${seconds.toFixed(0)} s`,
  );
  // As the app connects (api/plugins/database.ts): without JIT.
  const db = new pg.Client({ connectionString: benchUrl.toString(), options: '-c jit=off' });
  await db.connect();
  const pool = new pg.Pool({ connectionString: benchUrl.toString(), options: '-c jit=off', max: 10 });
  let targets: Targets;
  try {
    const versions = await db.query<{ pg: string; postgis: string }>(
      `SELECT current_setting('server_version') AS pg, postgis_lib_version() AS postgis`,
    );
    console.log(`    PostgreSQL ${versions.rows[0]!.pg}, PostGIS ${versions.rows[0]!.postgis}; ${await counts(db)}`);
    targets = await targetsOf(db);
    await measureSql(db, pool, targets, context);
  } finally {
    await pool.end();
    await db.end();
  }
  await httpAgainst(env, targets, context);
}

console.log(
  `Krachtkaart asset benchmark — Node ${process.version}; up to ${REQUESTS} requests per line, ${CONCURRENCY} HTTP client(s)`,
);
console.log(
  'City zoom: the bbox of all Tilburg. Buurt zoom: 1 km² around the 25 buurten with the most residents. Summary: every buurt in turn.',
);
for (const assets of sizes(process.env.BENCH_EMBEDDED_ASSETS, '100000')) await benchEmbedded(assets);
if (process.env.DATABASE_URL) {
  const configured = new URL(process.env.DATABASE_URL);
  for (const assets of sizes(process.env.BENCH_SERVER_ASSETS, '100000,1000000')) await benchServer(assets, configured);
} else {
  console.log('\n(Set DATABASE_URL to measure a PostgreSQL server too; the bench uses its own database on it.)');
}

console.log('\n| assets | database | what | p50 ms | p95 ms | samples | |');
console.log('|---:|---|---|---:|---:|---:|---|');
for (const row of table) {
  console.log(
    `| ${row.size} | ${row.database} | ${row.what} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.samples} | ${row.note} |`,
  );
}
