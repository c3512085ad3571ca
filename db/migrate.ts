import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { runner } from 'node-pg-migrate';
import { applyFunctions, type DatabasePolicy } from './functions.ts';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

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
    const ran = await runner({
      dbClient: client,
      dir: migrationsDir,
      direction: 'up',
      migrationsTable: 'pgmigrations',
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
