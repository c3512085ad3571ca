// `npm run db:backup -- FILE`: a backup of DATABASE_URL's database, or of the embedded database in DATA_DIR (stop the app first).
import { ConfigError, loadConfig } from '../api/config.ts';
import { BackupError, backupDatabase } from '../db/backup.ts';
import { EmbeddedDatabaseInUseError } from '../db/embedded.ts';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error('Usage: npm run db:backup -- <file to write, e.g. krachtkaart-2025-01-31.backup>');
  process.exit(2);
}
try {
  await backupDatabase(loadConfig(), file, console.log);
} catch (error) {
  if (!(error instanceof BackupError || error instanceof EmbeddedDatabaseInUseError || error instanceof ConfigError))
    throw error;
  console.error(error.message);
  process.exitCode = 1;
}
