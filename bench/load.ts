// `npm run bench:load`: the real server under twice a plausible evening peak (README, "Speed"). Figures only, never
// pass/fail; it says for each target whether this run met it. Per database (the embedded one in a temporary DATA_DIR;
// when DATABASE_URL is set, also that server's BENCH_DATABASE, dropped and created anew) it starts the server as a
// child process on loopback, lets it seed the Tilburg demo, logs in demo residents, and then sends a fixed mix of
// reads and writes at a fixed rate with autocannon, one instance per endpoint, while sampling the server's memory.
//
//   BENCH_RATE       requests per second in all (default 80: twice the peak of 40 worked out in the README)
//   BENCH_SECONDS    length of the measured phase (default 45; a 5 s warm-up at the same rate comes first)
//   BENCH_DATABASE   the database on the DATABASE_URL server to use (default krachtkaart_load)
//   BENCH_EMBEDDED=0 skips the embedded database
import autocannon from 'autocannon';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase } from '../db/embedded.ts';
import { DEMO_EMAIL_DOMAIN } from '../api/shared/demo.ts';
import { startServerProcess, type ServerProcess } from '../tests/helpers/server-process.ts';
import { HttpSession } from '../tests/helpers/http-session.ts';
import { multipartForm } from '../tests/helpers/multipart.ts';
import { memoryOf, serverPid } from './server-memory.ts';

const RATE = Number(process.env.BENCH_RATE ?? 80);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 45);
const WARM_UP_SECONDS = 5;
const BENCH_DATABASE = process.env.BENCH_DATABASE ?? 'krachtkaart_load';
const DEMO_PASSWORD = 'bench load demo wachtwoord';
const TARGETS = { errorRate: 0.01, p99Ms: 400 };
// Log-ins per server process: the default limit is 30 per address in 15 minutes (api/auth/rate-limits.ts).
const RESIDENTS = 24;
const BUURT_WINDOW_DEGREES = { lng: 0.0145, lat: 0.009 }; // about 1 km × 1 km at 51.56° N

interface Targets {
  /** The municipality's extent, for the map at city zoom. */
  city: string;
  buurten: { code: string; lng: number; lat: number }[];
  wijken: string[];
  item: { id: string; agendaId: string };
  /** Demo residents who live in the agenda's area (they may support its items), then others. */
  participants: string[];
  others: string[];
}

const bbox = (minLng: number, minLat: number, maxLng: number, maxLat: number) =>
  [minLng, minLat, maxLng, maxLat].map((n) => n.toFixed(6)).join(',');

async function targetsOf(connectionString: string): Promise<Targets> {
  const db = new pg.Client(connectionString);
  await db.connect();
  try {
    const extent = (
      await db.query<{ a: number; b: number; c: number; d: number }>(
        'SELECT ST_XMin(e) AS a, ST_YMin(e) AS b, ST_XMax(e) AS c, ST_YMax(e) AS d FROM (SELECT ST_Extent(geom)::geometry AS e FROM municipalities) m',
      )
    ).rows[0]!;
    // The 25 buurten where most demo residents live: where the evening's traffic is.
    const buurten = await db.query<{ code: string; lng: number; lat: number }>(
      `SELECT b.code, ST_X(ST_PointOnSurface(b.geom)) AS lng, ST_Y(ST_PointOnSurface(b.geom)) AS lat
       FROM buurten b JOIN users u ON u.home_buurt_code = b.code
       GROUP BY b.code, b.geom ORDER BY count(*) DESC, b.code LIMIT 25`,
    );
    const wijken = await db.query<{ code: string }>('SELECT code FROM wijken ORDER BY code');
    const item = await db.query<{ id: string; agenda_id: string }>(
      `SELECT i.id, i.agenda_id FROM agenda_items i JOIN agendas a ON a.id = i.agenda_id
       WHERE a.status = 'published' AND i.status <> 'dropped' ORDER BY a.published_at, i.id LIMIT 1`,
    );
    if (!item.rows[0]) throw new Error('the demo has no published agenda item');
    const residents = (takesPart: boolean, limit: number) =>
      db.query<{ email: string }>(
        `SELECT email FROM users WHERE email LIKE $1 AND agenda_takes_part($2, id) = $3 ORDER BY email LIMIT $4`,
        [`%@${DEMO_EMAIL_DOMAIN}`, item.rows[0]!.agenda_id, takesPart, limit],
      );
    const participants = (await residents(true, RESIDENTS / 2)).rows.map((row) => row.email);
    const others = (await residents(false, RESIDENTS - participants.length)).rows.map((row) => row.email);
    if (participants.length === 0) throw new Error('no demo resident takes part in the demo agenda');
    return {
      city: bbox(extent.a, extent.b, extent.c, extent.d),
      buurten: buurten.rows,
      wijken: wijken.rows.map((row) => row.code),
      item: { id: item.rows[0].id, agendaId: item.rows[0].agenda_id },
      participants,
      others,
    };
  } finally {
    await db.end();
  }
}

interface Endpoint {
  name: string;
  /** Requests per 100 in the mix. */
  share: number;
  method?: 'GET' | 'POST' | 'PUT';
  /** The i-th request's path, and its body for writes. */
  path: (i: number) => string;
  body?: (i: number) => string;
  contentType?: string;
  /** Who sends it: anonymous visitors when absent. */
  as?: HttpSession[];
}

function multipartObservation(boundary: string, at: { lng: number; lat: number }, i: number): string {
  const fields = {
    kind: i % 2 ? 'goes-well' : 'could-be-better',
    body: `Melding ${i} over het plein.`,
    lng: String(at.lng),
    lat: String(at.lat),
  };
  return multipartForm(fields, null, boundary).payload.toString();
}

/** The evening's mix: mostly looking at the map and the neighbourhood, a few residents adding and supporting things. */
function mixOf(targets: Targets, participants: HttpSession[], residents: HttpSession[]): Endpoint[] {
  const buurt = (i: number) => targets.buurten[i % targets.buurten.length]!;
  const window = (i: number) => {
    const { lng, lat } = buurt(i);
    return bbox(
      lng - BUURT_WINDOW_DEGREES.lng / 2,
      lat - BUURT_WINDOW_DEGREES.lat / 2,
      lng + BUURT_WINDOW_DEGREES.lng / 2,
      lat + BUURT_WINDOW_DEGREES.lat / 2,
    );
  };
  const boundary = '----krachtkaartbench';
  return [
    { name: 'GET /api/map (city)', share: 10, path: () => `/api/map?bbox=${targets.city}` },
    { name: 'GET /api/map (1 km² viewport)', share: 18, path: (i) => `/api/map?bbox=${window(i)}` },
    { name: 'GET /api/areas/buurten?bbox', share: 8, path: (i) => `/api/areas/buurten?bbox=${window(i)}` },
    { name: 'GET /api/areas/wijken', share: 3, path: () => '/api/areas/wijken' },
    {
      name: 'GET /api/areas/wijken/{code}/kompas',
      share: 5,
      path: (i) => `/api/areas/wijken/${targets.wijken[i % targets.wijken.length]}/kompas`,
    },
    {
      name: 'GET /api/areas/buurten/{code}/kompas',
      share: 7,
      path: (i) => `/api/areas/buurten/${buurt(i).code}/kompas`,
    },
    {
      name: 'GET /api/areas/buurten/{code}/summary',
      share: 6,
      path: (i) => `/api/areas/buurten/${buurt(i).code}/summary`,
    },
    { name: 'GET /api/observations?buurt', share: 4, path: (i) => `/api/observations?buurt=${buurt(i).code}` },
    { name: 'GET /api/agendas', share: 5, path: () => '/api/agendas' },
    { name: 'GET /api/agendas/{id}', share: 5, path: () => `/api/agendas/${targets.item.agendaId}`, as: participants },
    { name: 'GET /api/me', share: 6, path: () => '/api/me', as: residents },
    { name: 'GET /api/me/suggestions', share: 5, path: () => '/api/me/suggestions', as: residents },
    { name: 'GET /api/health', share: 3, path: () => '/api/health' },
    {
      name: 'POST /api/assets',
      share: 4,
      method: 'POST',
      path: () => '/api/assets',
      body: (i) =>
        JSON.stringify({
          type: 'inventory',
          kind: 'skill',
          title: `Fietsen repareren ${i}`,
          tags: ['bicycle-repair'],
          visibility: 'public',
        }),
      contentType: 'application/json',
      as: residents,
    },
    {
      name: 'POST /api/observations (no photo)',
      share: 4,
      method: 'POST',
      path: () => '/api/observations',
      body: (i) => multipartObservation(boundary, buurt(i), i),
      contentType: `multipart/form-data; boundary=${boundary}`,
      as: residents,
    },
    {
      name: 'PUT /api/agenda-items/{id}/support',
      share: 3,
      method: 'PUT',
      path: () => `/api/agenda-items/${targets.item.id}/support`,
      as: participants,
    },
  ];
}

interface Tally {
  latencies: number[];
  statuses: Map<number, number>;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs the whole mix at RATE for `seconds`, one autocannon instance per endpoint; the tallies per endpoint. */
async function runMix(url: string, mix: Endpoint[], seconds: number): Promise<Map<string, Tally>> {
  const totalShare = mix.reduce((sum, endpoint) => sum + endpoint.share, 0);
  const tallies = new Map<string, Tally>();
  await Promise.all(
    mix.map((endpoint) => {
      const rate = Math.max(1, Math.round((RATE * endpoint.share) / totalShare));
      const tally: Tally = { latencies: [], statuses: new Map(), errors: 0 };
      tallies.set(endpoint.name, tally);
      let n = 0;
      return new Promise<void>((resolve, reject) => {
        const instance = autocannon(
          {
            url,
            // Enough connections to keep the rate up while each answer takes up to half a second.
            connections: Math.max(2, Math.ceil(rate / 2)),
            overallRate: rate,
            duration: seconds,
            timeout: 10,
            requests: [
              {
                setupRequest: (request) => {
                  const i = n++;
                  const session = endpoint.as?.[i % endpoint.as.length];
                  const headers: Record<string, string> = { 'accept-encoding': 'gzip' };
                  if (session) headers.cookie = session.cookieHeader;
                  if (session && endpoint.method && endpoint.method !== 'GET')
                    headers['x-csrf-token'] = session.csrfToken;
                  if (endpoint.contentType) headers['content-type'] = endpoint.contentType;
                  return {
                    ...request,
                    method: endpoint.method ?? 'GET',
                    path: endpoint.path(i),
                    headers,
                    ...(endpoint.body ? { body: endpoint.body(i) } : {}),
                  };
                },
              },
            ],
          },
          (error: unknown) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve()),
        );
        instance.on('response', (_client, statusCode, _bytes, responseTime) => {
          tally.latencies.push(responseTime);
          tally.statuses.set(statusCode, (tally.statuses.get(statusCode) ?? 0) + 1);
        });
        instance.on('reqError', () => tally.errors++);
      });
    }),
  );
  return tallies;
}

interface MemorySamples {
  at: number[];
  rssMb: number[];
}

function sampleMemory(pid: number): { stop: () => MemorySamples } {
  const samples: MemorySamples = { at: [], rssMb: [] };
  const started = performance.now();
  const take = () => {
    const memory = memoryOf(pid);
    if (!memory) return;
    samples.at.push((performance.now() - started) / 1000);
    samples.rssMb.push(memory.rssKb / 1024);
  };
  take();
  const timer = setInterval(take, 250);
  return {
    stop: () => {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}

/** Least-squares slope of RSS against time, in MB per minute. */
function slopeMbPerMinute({ at, rssMb }: MemorySamples): number {
  const n = at.length;
  const meanT = at.reduce((a, b) => a + b, 0) / n;
  const meanM = rssMb.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (at[i]! - meanT) * (rssMb[i]! - meanM);
    den += (at[i]! - meanT) ** 2;
  }
  return (num / den) * 60;
}

function report(
  label: string,
  tallies: Map<string, Tally>,
  memory: MemorySamples,
  seconds: number,
  loadBefore: number,
) {
  const failed = (tally: Tally) =>
    tally.errors +
    [...tally.statuses].filter(([status]) => status < 200 || status > 299).reduce((sum, [, n]) => sum + n, 0);
  // The machine's own load: on a shared machine the figures say as much about the neighbours as about the app.
  console.log(
    `\n  ${label}: ${RATE} req/s offered for ${seconds} s; load average (1 min) ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after`,
  );
  console.log(
    `  ${'endpoint'.padEnd(40)} ${'requests'.padStart(8)} ${'errors'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}  statuses`,
  );
  const all: number[] = [];
  let requests = 0;
  let errors = 0;
  for (const [name, tally] of tallies) {
    const sorted = tally.latencies.sort((a, b) => a - b);
    all.push(...sorted);
    const count = sorted.length + tally.errors;
    requests += count;
    errors += failed(tally);
    const statuses =
      [...tally.statuses].map(([status, n]) => `${n}×${status}`).join(' ') +
      (tally.errors ? ` ${tally.errors}×no answer` : '');
    console.log(
      `  ${name.padEnd(40)} ${String(count).padStart(8)} ${((failed(tally) / Math.max(1, count)) * 100).toFixed(1).padStart(6)}% ${percentile(sorted, 50).toFixed(0).padStart(8)} ${percentile(sorted, 99).toFixed(0).padStart(8)}  ${statuses}`,
    );
  }
  all.sort((a, b) => a - b);
  const errorRate = errors / Math.max(1, requests);
  const p99 = percentile(all, 99);
  console.log(
    `  ${'all'.padEnd(40)} ${String(requests).padStart(8)} ${(errorRate * 100).toFixed(2).padStart(6)}% ${percentile(all, 50).toFixed(0).padStart(8)} ${p99.toFixed(0).padStart(8)}  ${(requests / seconds).toFixed(1)} req/s answered`,
  );
  const { rssMb } = memory;
  const half = Math.floor(rssMb.length / 2);
  const firstHalfMax = Math.max(...rssMb.slice(0, half));
  const secondHalfMax = Math.max(...rssMb.slice(half));
  const slope = slopeMbPerMinute(memory);
  console.log(
    `  server RSS: start ${rssMb[0]!.toFixed(0)} MB, max ${Math.max(...rssMb).toFixed(0)} MB, end ${rssMb.at(-1)!.toFixed(0)} MB; ` +
      `max of first half ${firstHalfMax.toFixed(0)} MB, of second half ${secondHalfMax.toFixed(0)} MB; slope ${slope.toFixed(1)} MB/min (${rssMb.length} samples)`,
  );
  // Flat: the second half climbs no more than 5 % above the first half's peak.
  const flat = secondHalfMax <= firstHalfMax * 1.05;
  const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log(
    `  targets: errors < ${TARGETS.errorRate * 100} %: ${met(errorRate < TARGETS.errorRate)}; p99 < ${TARGETS.p99Ms} ms: ${met(p99 < TARGETS.p99Ms)}; ` +
      `memory flat (second half's max within 5 % of the first's): ${met(flat)}`,
  );
}

/** Logs in the targets' residents on this server process: those in the agenda's area, and the rest. */
async function logIn(server: ServerProcess, targets: Targets) {
  const as = (email: string) => HttpSession.logIn(server.url, { email, password: DEMO_PASSWORD });
  const participants = await Promise.all(targets.participants.map(as));
  const others = await Promise.all(targets.others.map(as));
  return { participants, residents: [...participants, ...others] };
}

async function measure(label: string, env: Record<string, string>, targets: Targets) {
  const server = await startServerProcess({ ...env, DEMO_PASSWORD, LOG_LEVEL: 'warn' }, 600_000);
  try {
    const pid = serverPid();
    const { participants, residents } = await logIn(server, targets);
    const mix = mixOf(targets, participants, residents);
    // Every request once, then a short run at the full rate: plans, caches and the JIT as on a server that has been up.
    for (const endpoint of mix.filter((each) => !each.method)) await fetch(`${server.url}${endpoint.path(0)}`);
    await runMix(server.url, mix, WARM_UP_SECONDS);
    const loadBefore = loadavg()[0]!;
    const sampler = sampleMemory(pid);
    const tallies = await runMix(server.url, mix, SECONDS);
    report(label, tallies, sampler.stop(), SECONDS, loadBefore);
  } finally {
    await server.stop();
  }
}

async function embedded() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'krachtkaart-bench-load-'));
  try {
    const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    console.log(`\nEmbedded database (PGlite) in ${dataDir}: seeding the Tilburg demo…`);
    // The first start creates and seeds the database; it is then read in-process for the targets (the data folder is
    // locked while open) and opened again by the measured server process.
    await (await startServerProcess({ ...env, DEMO_PASSWORD, LOG_LEVEL: 'warn' }, 600_000)).stop();
    const database = await startEmbeddedDatabase({ dataDir });
    let targets: Targets;
    try {
      targets = await targetsOf(database.connectionString);
    } finally {
      await database.close();
    }
    await measure('embedded database', env, targets);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function server(configured: URL) {
  if (!/^[a-z_][a-z0-9_]*$/.test(BENCH_DATABASE))
    throw new Error(`BENCH_DATABASE must be a plain lower-case name, not "${BENCH_DATABASE}"`);
  // From the maintenance database, so BENCH_DATABASE may also be the one DATABASE_URL names.
  const maintenance = new URL(configured);
  maintenance.pathname = '/postgres';
  const admin = new pg.Client(maintenance.toString());
  await admin.connect();
  try {
    // Identifiers cannot be parameters; BENCH_DATABASE is checked to be a plain name.
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE}`);
    await admin.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  } finally {
    await admin.end();
  }
  const benchUrl = new URL(configured);
  benchUrl.pathname = `/${BENCH_DATABASE}`;
  const env = { DATABASE_URL: benchUrl.toString() };
  console.log(`\nPostgreSQL server (${configured.host}), database ${BENCH_DATABASE}: seeding the Tilburg demo…`);
  await (await startServerProcess({ ...env, DEMO_PASSWORD, LOG_LEVEL: 'warn' }, 600_000)).stop();
  const targets = await targetsOf(benchUrl.toString());
  await measure(`PostgreSQL server, database ${BENCH_DATABASE}`, env, targets);
}

console.log(
  `Krachtkaart load benchmark — Node ${process.version}; ${RATE} req/s for ${SECONDS} s per database, after a ${WARM_UP_SECONDS} s warm-up`,
);
console.log(`Targets: errors < ${TARGETS.errorRate * 100} %, p99 < ${TARGETS.p99Ms} ms, server memory flat.`);
if (process.env.BENCH_EMBEDDED !== '0') await embedded();
if (process.env.DATABASE_URL) await server(new URL(process.env.DATABASE_URL));
else
  console.log('\n(Set DATABASE_URL to measure a PostgreSQL server too; the bench uses a database of its own on it.)');
