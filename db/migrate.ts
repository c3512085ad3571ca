import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { runner } from 'node-pg-migrate';
import { adoptBaseline, BASELINE } from './baseline.ts';
import { applyFunctions, type DatabasePolicy } from './functions.ts';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const migrationsTable = 'pgmigrations';

export interface MigrationResult {
  applied: string[];
  /** Whether db/functions was applied (false: the database already held exactly these). */
  functionsApplied: boolean;
}

export interface MigrateOptions {
  policy: DatabasePolicy;
  log?: (message: string) => void;
}

/**
 * Applies every pending migration in db/migrations, all in one transaction, then the functions, views and triggers of
 * db/functions; running it again applies nothing.
 */
export async function migrate(connectionString: string, options: MigrateOptions): Promise<MigrationResult> {
  const log = options.log ?? (() => {});
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // A database that ran the migrations the baseline replaces is first recorded as having run it.
    await client.query('BEGIN');
    try {
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('krachtkaart:baseline'))`);
      if (await adoptBaseline(client, migrationsTable))
        log(`Recorded ${BASELINE} in place of the migrations it replaces`);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    const ran = await runner({
      dbClient: client,
      dir: migrationsDir,
      direction: 'up',
      migrationsTable,
      singleTransaction: true,
      checkOrder: true,
      // Another instance migrating at the same time waits for it instead of failing.
      advisoryLockMode: 'wait',
      log: () => {},
    });
    for (const migration of ran) log(`Applied migration ${migration.name}`);
    const started = performance.now();
    const functionsApplied = await applyFunctions(client, options.policy, { force: ran.length > 0 });
    if (functionsApplied) log(`Applied db/functions in ${Math.round(performance.now() - started)} ms`);
    return { applied: ran.map((migration) => migration.name), functionsApplied };
  } finally {
    await client.end();
  }
}
