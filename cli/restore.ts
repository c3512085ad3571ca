// `npm run db:restore -- FILE [--force]`: into DATABASE_URL's empty database, or into an empty DATA_DIR for the
// embedded database (--force empties it first; the app must be stopped).
import { ConfigError, loadConfig } from '../api/config.ts';
import { BackupError, restoreDatabase } from '../db/backup.ts';
import { EmbeddedDatabaseInUseError } from '../db/embedded.ts';

const args = process.argv.slice(2);
const force = args.includes('--force');
const files = args.filter((arg) => arg !== '--force');
if (files.length !== 1 || files[0]!.startsWith('-')) {
  console.error('Usage: npm run db:restore -- <backup file> [--force]');
  process.exit(2);
}
try {
  await restoreDatabase(loadConfig(), files[0]!, { force }, console.log);
} catch (error) {
  if (!(error instanceof BackupError || error instanceof EmbeddedDatabaseInUseError || error instanceof ConfigError))
    throw error;
  console.error(error.message);
  process.exitCode = 1;
}
