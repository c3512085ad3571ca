// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR.
import { loadConfig } from '../api/config.ts';
import { databasePolicy } from '../api/shared/policy.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

const config = loadConfig();
const database = await openDatabase(config, console.log);
try {
  const { applied } = await migrate(database.connectionString, { policy: databasePolicy, log: console.log });
  console.log(applied.length === 0 ? 'No pending migrations: the schema is up to date.' : `Applied ${applied.length} migration(s).`);
} finally {
  await database.close();
}
