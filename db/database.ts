import pg from 'pg';
import type { Config } from '../api/config.ts';
import { startEmbeddedDatabase } from './embedded.ts';
import { migrate } from './migrate.ts';
import { isSeeded, seedDatabase, seedReferenceDataInto } from '../seed/seed.ts';

export type DatabaseKind = 'embedded' | 'postgres';

export interface DatabaseHandle {
  connectionString: string;
  kind: DatabaseKind;
  close(): Promise<void>;
}

type Log = (message: string) => void;

/** The configured PostgreSQL server, or the embedded PGlite database when DATABASE_URL is not set. */
export async function openDatabase(config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>, log: Log): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) {
    return { connectionString: config.DATABASE_URL, kind: 'postgres', close: async () => {} };
  }
  const embedded = await startEmbeddedDatabase({ dataDir: config.DATA_DIR, log });
  return { connectionString: embedded.connectionString, kind: 'embedded', close: () => embedded.close() };
}

/** Brings the schema up to date, loads the reference data (taxonomy) and, on a database without areas, the Tilburg seed. */
export async function prepareDatabase(
  database: DatabaseHandle,
  options: { seedIfEmpty: boolean },
  log: Log,
): Promise<void> {
  await migrate(database.connectionString, log);
  const pool = new pg.Pool({ connectionString: database.connectionString, max: 1 });
  try {
    await seedReferenceDataInto(pool);
    if (!options.seedIfEmpty || (await isSeeded(pool))) return;
    log('Seeding the Tilburg demo: 251 buurten, 59 wijken and CBS 2024 key figures…');
    const started = Date.now();
    const result = await seedDatabase(pool);
    log(`Seeded ${result.buurten.inserted} buurten and ${result.wijken.inserted} wijken in ${Date.now() - started} ms`);
  } finally {
    await pool.end();
  }
}
