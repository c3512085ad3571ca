// `npm run bench:areas`: how long the area import takes, on the embedded database and (with DATABASE_URL) on a
// PostgreSQL server: Tilburg's three files (what the seed loads), and all 3,475 wijken of the national CBS file with
// their key figures. Each run is one transaction, rolled back afterwards, so a server database is left as it was.
// Figures only, never pass/fail.
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { loadAreas, cbsSource } from '../api/areas/import/area-import.service.ts';
import { readAreaFile } from '../api/areas/import/geopackage.ts';
import { databasePolicy } from '../api/shared/policy.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
const data = (name: string) => new URL(`../seed/data/${name}`, import.meta.url);

const TILBURG = [
  { file: 'tilburg-wijken-2020.geojson', municipalities: [], keepLoaded: false },
  { file: 'nl-wijken-2024-kerncijfers.geojson', municipalities: ['GM0855'], keepLoaded: true },
  { file: 'tilburg-buurten-2020.geojson', municipalities: [], keepLoaded: false },
];
const NATIONAL = [{ file: 'nl-wijken-2024-kerncijfers.geojson', municipalities: [], keepLoaded: false }];

async function timeImport(pool: pg.Pool, files: typeof TILBURG): Promise<number> {
  const client = await pool.connect();
  const started = performance.now();
  try {
    await client.query('BEGIN');
    for (const { file, municipalities, keepLoaded } of files) {
      const area = await readAreaFile(file, await readFile(data(file)), municipalities);
      await loadAreas(client, area, { source: cbsSource(2024), keepLoaded });
    }
    return performance.now() - started;
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

async function bench(label: string, config: { DATABASE_URL?: string; DATA_DIR: string }) {
  const database = await openDatabase(config, () => {});
  const pool = new pg.Pool({ connectionString: database.connectionString, max: 1 });
  try {
    await migrate(database.connectionString, { policy: databasePolicy });
    // An empty database: the import writes every area (on the embedded one, the seed has not run).
    const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM wijken');
    for (const [name, files] of [
      ['Tilburg (251 buurten, 59 wijken, key figures)', TILBURG],
      ['national file (3,475 wijken, key figures)', NATIONAL],
    ] as const) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) times.push(await timeImport(pool, files));
      times.sort((a, b) => a - b);
      console.log(
        `${label.padEnd(10)} ${name.padEnd(46)} median ${(times[Math.floor(times.length / 2)]! / 1000).toFixed(1)} s ` +
          `(best ${(times[0]! / 1000).toFixed(1)} s, ${RUNS} runs; ${rows[0]!.n} wijken loaded before)`,
      );
    }
  } finally {
    await pool.end();
    await database.close();
  }
}

await bench('embedded', { DATA_DIR: 'memory://' });
if (process.env.DATABASE_URL) await bench('postgres', { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: '' });
