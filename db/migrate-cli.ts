// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR.
import { loadConfig } from '../api/config.ts';
import { openDatabase } from './database.ts';
import { migrate } from './migrate.ts';

const config = loadConfig();
const database = await openDatabase(config, console.log);
try {
  const { applied } = await migrate(database.connectionString, console.log);
  console.log(applied.length === 0 ? 'No pending migrations: the schema is up to date.' : `Applied ${applied.length} migration(s).`);
} finally {
  await database.close();
}
