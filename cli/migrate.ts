// `npm run db:migrate`: applies pending migrations and then db/functions (when changed) to DATABASE_URL, or to the
// embedded database in DATA_DIR.
import { loadConfig } from '../api/config.ts';
import { databasePolicy } from '../api/shared/policy.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

const config = loadConfig();
const database = await openDatabase(config, console.log);
try {
  const options = { policy: databasePolicy, log: console.log };
  const { applied, functionsApplied } = await migrate(database.connectionString, options);
  if (applied.length === 0 && !functionsApplied) console.log('Nothing to apply: the schema is up to date.');
} finally {
  await database.close();
}
