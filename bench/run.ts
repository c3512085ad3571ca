// `npm run bench`: prints start-up times and API latencies. Figures only, never pass/fail.
// Set DATABASE_URL to measure against a PostgreSQL server as well as the embedded database.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServerProcess, type ServerProcess } from '../tests/helpers/server-process.ts';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
// Tilburg's extent, [lng, lat]
const TILBURG = { minLng: 4.98, minLat: 51.52, maxLng: 5.2, maxLat: 51.64 };

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** A deterministic sequence of points, so runs are comparable. */
function* points(): Generator<[number, number]> {
  let state = 42;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (;;) {
    yield [
      TILBURG.minLng + next() * (TILBURG.maxLng - TILBURG.minLng),
      TILBURG.minLat + next() * (TILBURG.maxLat - TILBURG.minLat),
    ];
  }
}

async function measure(label: string, url: (i: number) => string, requests = REQUESTS): Promise<void> {
  const durations: number[] = [];
  let bytes = 0;
  let next = 0;
  const started = performance.now();
  async function worker() {
    while (next < requests) {
      const i = next++;
      const t0 = performance.now();
      const response = await fetch(url(i), { headers: { 'accept-encoding': 'gzip' } });
      const body = await response.arrayBuffer();
      bytes += body.byteLength;
      durations.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = performance.now() - started;
  durations.sort((a, b) => a - b);
  console.log(
    `  ${label.padEnd(38)} ${String(requests).padStart(5)} req  ` +
      `p50 ${percentile(durations, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(durations, 95).toFixed(1).padStart(6)} ms  ` +
      `${((requests / elapsed) * 1000).toFixed(0).padStart(5)} req/s  ${(bytes / requests / 1024).toFixed(1)} KiB/resp`,
  );
}

async function apiLatencies(server: ServerProcess): Promise<void> {
  const generator = points();
  const lookupPoints = Array.from({ length: REQUESTS }, () => generator.next().value as [number, number]);
  await measure('GET /api/health', () => `${server.url}/api/health`);
  await measure('GET /api/areas/lookup (random point)', (i) => {
    const [lng, lat] = lookupPoints[i]!;
    return `${server.url}/api/areas/lookup?lng=${lng}&lat=${lat}`;
  });
  await measure(
    'GET /api/areas/buurten?bbox (1 km²)',
    () => `${server.url}/api/areas/buurten?bbox=5.08,51.555,5.095,51.564`,
  );
  await measure('GET /api/areas/wijken (all 59)', () => `${server.url}/api/areas/wijken`, Math.min(REQUESTS, 50));
  await measure('GET /api/areas/buurten (all 251)', () => `${server.url}/api/areas/buurten`, Math.min(REQUESTS, 50));
  // The neighbourhood profile: each request computes the asset kompas live over the whole map.
  const wijken = ['WK085561', 'WK085511', 'WK085566', 'WK085520', 'WK085539'];
  const buurten = ['BU08556101', 'BU08551102', 'BU08556606', 'BU08552001', 'BU08553903'];
  await measure(
    'GET /api/areas/wijken/{code}/kompas',
    (i) => `${server.url}/api/areas/wijken/${wijken[i % wijken.length]}/kompas`,
    Math.min(REQUESTS, 50),
  );
  await measure(
    'GET /api/areas/buurten/{code}/kompas',
    (i) => `${server.url}/api/areas/buurten/${buurten[i % buurten.length]}/kompas`,
    Math.min(REQUESTS, 50),
  );
  await measure(
    'GET /api/indicators/{key}/wijken',
    () => `${server.url}/api/indicators/associations-per-1000/wijken`,
    Math.min(REQUESTS, 50),
  );
  // The buurtagenda: the demo's published agenda, with its buurtscan generated from the kompas.
  const agendas = (await (await fetch(`${server.url}/api/agendas`)).json()) as { id: string }[];
  if (agendas[0]) {
    await measure(
      'GET /api/agendas/{id} (demo agenda)',
      () => `${server.url}/api/agendas/${agendas[0]!.id}`,
      Math.min(REQUESTS, 50),
    );
    await measure('GET /api/agendas (all, with progress)', () => `${server.url}/api/agendas`, Math.min(REQUESTS, 50));
  }
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'krachtkaart-bench-'));
try {
  console.log(`Krachtkaart benchmark — Node ${process.version}, ${CONCURRENCY} concurrent clients\n`);
  console.log('Embedded database (PGlite + PostGIS), server process start to "Ready":');
  const cold = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: '' });
  console.log(`  cold start (create database, migrate, seed Tilburg)  ${seconds(cold.startMs)}`);
  await cold.stop();
  const warm = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: '' });
  console.log(`  warm start (reopen existing data)                    ${seconds(warm.startMs)}`);
  console.log('\nAPI on the embedded database:');
  await apiLatencies(warm);
  await warm.stop();

  if (process.env.DATABASE_URL) {
    const server = await startServerProcess({});
    console.log(`\nPostgreSQL server (${new URL(process.env.DATABASE_URL).host}): start ${seconds(server.startMs)}`);
    await apiLatencies(server);
    await server.stop();
  } else {
    console.log('\n(Set DATABASE_URL to measure a PostgreSQL server too.)');
  }
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
