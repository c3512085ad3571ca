import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { runner } from 'node-pg-migrate';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface MigrationResult {
  applied: string[];
}

/** Applies every pending migration in db/migrations, all in one transaction; running it again applies nothing. */
export async function migrate(connectionString: string, log: (message: string) => void = () => {}): Promise<MigrationResult> {
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
    return { applied: ran.map((migration) => migration.name) };
  } finally {
    await client.end();
  }
}
