// `npm run db:schema`: writes db/schema.sql, the schema a migrated database has. From a throwaway embedded database,
// or from the database of DATABASE_URL when set (migrated first).
import { writeFile } from 'node:fs/promises';
import pg from 'pg';
import { databasePolicy } from '../api/shared/policy.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { describeSchema } from '../db/schema.ts';

const target = new URL('../db/schema.sql', import.meta.url);
const databaseUrl = process.env.DATABASE_URL || undefined;
const database = await openDatabase({ DATABASE_URL: databaseUrl, DATA_DIR: 'memory://' }, () => {});
try {
  await migrate(database.connectionString, { policy: databasePolicy });
  const client = new pg.Client({ connectionString: database.connectionString });
  await client.connect();
  try {
    await writeFile(target, await describeSchema(client));
  } finally {
    await client.end();
  }
  console.log(`Wrote db/schema.sql from the ${database.kind} database.`);
} finally {
  await database.close();
}
