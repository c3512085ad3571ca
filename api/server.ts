import closeWithGrace from 'close-with-grace';
import { ConfigError, loadConfig, publicUrlOf } from './config.ts';
import { buildApp } from './app.ts';
import { prepareDatabase } from './plugins/database.ts';
import { openDatabase } from '../db/database.ts';
import { EmbeddedDatabaseInUseError } from '../db/embedded.ts';
import { sendDueDigests } from './follows/digest.service.ts';

// Process concerns only: configuration, database start-up, listening and a graceful close.
const startedAt = Date.now();
let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const log = (message: string) => console.log(`[krachtkaart] ${message}`);
let database;
try {
  database = await openDatabase(config, log);
} catch (error) {
  if (!(error instanceof EmbeddedDatabaseInUseError)) throw error;
  console.error(error.message);
  process.exit(1);
}
await prepareDatabase(database, { seedIfEmpty: config.SEED_ON_START }, log);

const app = await buildApp({
  database: { connectionString: database.connectionString, kind: database.kind, poolMax: config.DB_POOL_MAX },
  webDistDir: config.WEB_DIST_DIR,
  publicUrl: publicUrlOf(config),
  sessionSecret: config.SESSION_SECRET,
  geocoderUrl: config.GEOCODER_URL,
  areaImportMaxBytes: config.AREA_IMPORT_MAX_MB * 1024 * 1024,
  logger: { level: config.LOG_LEVEL },
});
const openDb = database;

// The weekly digests of followed buurten: every hour, whoever's week is up.
const DIGEST_INTERVAL_MS = 60 * 60 * 1000;
const digests = setInterval(() => {
  sendDueDigests(app.pg.pool, app.mailer, publicUrlOf(config))
    .then((sent) => sent > 0 && app.log.info({ sent }, 'weekly digests written'))
    .catch((err: unknown) => app.log.error({ err }, 'weekly digests failed'));
}, DIGEST_INTERVAL_MS);
digests.unref();

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'closing after an error');
  else app.log.info(`${signal} received, closing`);
  clearInterval(digests);
  await app.close();
  // After the app, so the pool has disconnected before the embedded database stops.
  await openDb.close();
});

const address = await app.listen({ host: config.HOST, port: config.PORT });
log(`Ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: open ${address} (${database.kind} database)`);
