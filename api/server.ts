import closeWithGrace from 'close-with-grace';
import { ConfigError, loadConfig, mailFromOf, publicUrlOf } from './config.ts';
import { buildApp } from './app.ts';
import { prepareDatabase } from './plugins/database.ts';
import { openDatabase } from '../db/database.ts';
import { EmbeddedDatabaseInUseError } from '../db/embedded.ts';
import { scheduledJobs } from './jobs.ts';
import { smtpTransport } from './mail/mail.transport.ts';
import { startScheduler } from './shared/scheduler.ts';

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

const mailFrom = mailFromOf(config);
const transport = config.SMTP_URL === undefined ? null : smtpTransport(config.SMTP_URL, mailFrom);
const app = await buildApp({
  database: { connectionString: database.connectionString, kind: database.kind, poolMax: config.DB_POOL_MAX },
  webDistDir: config.WEB_DIST_DIR,
  publicUrl: publicUrlOf(config),
  sessionSecret: config.SESSION_SECRET,
  geocoderUrl: config.GEOCODER_URL,
  areaImportMaxBytes: config.AREA_IMPORT_MAX_MB * 1024 * 1024,
  mail: { from: mailFrom, delivery: transport !== null },
  logger: { level: config.LOG_LEVEL },
});
const openDb = database;

const scheduler = startScheduler(app.pg.pool, scheduledJobs(app, transport), { log: app.log });
if (transport === null) log('No mail server (SMTP_URL): e-mail waits in the outbox at /beheer/outbox, unsent');
else log(`E-mail is sent from ${mailFrom} through ${new URL(config.SMTP_URL!).host}`);

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'closing after an error');
  else app.log.info(`${signal} received, closing`);
  // First the jobs (a send in progress is finished and recorded), then the app and its pool.
  await scheduler.stop();
  transport?.close();
  await app.close();
  // After the app, so the pool has disconnected before the embedded database stops.
  await openDb.close();
});

const address = await app.listen({ host: config.HOST, port: config.PORT });
log(`Ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: open ${address} (${database.kind} database)`);
