// `npm run seed`: loads (or refreshes) the Tilburg seed; running it twice changes nothing.
import pg from 'pg';
import { loadConfig } from '../api/config.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { seedDatabase } from './seed.ts';

const config = loadConfig();
const database = await openDatabase(config, console.log);
const pool = new pg.Pool({ connectionString: database.connectionString, max: 1 });
try {
  await migrate(database.connectionString, console.log);
  const result = await seedDatabase(pool);
  for (const [table, changes] of Object.entries(result)) {
    console.log(`${table}: ${changes.inserted} inserted, ${changes.updated} updated`);
  }
} finally {
  await pool.end();
  await database.close();
}
