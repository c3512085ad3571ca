// `npm run user:admin -- someone@example.org`: makes an existing account an administrator.
import { loadConfig } from '../api/config.ts';
import { adminRepository } from '../api/admin/admin.repository.ts';
import { databasePolicy } from '../api/shared/policy.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import pg from 'pg';

const email = process.argv[2];
if (!email) {
  console.error('Usage: npm run user:admin -- <e-mail address of an existing account>');
  process.exit(2);
}
const config = loadConfig();
const database = await openDatabase(config, console.log);
const pool = new pg.Pool({ connectionString: database.connectionString, max: 1 });
try {
  await migrate(database.connectionString, { policy: databasePolicy });
  if (await adminRepository.makeAdmin(pool, email)) {
    console.log(`${email} is now an administrator.`);
  } else {
    console.error(`There is no account with the address ${email}. Sign up first, then run this again.`);
    process.exitCode = 1;
  }
} finally {
  await pool.end();
  await database.close();
}
