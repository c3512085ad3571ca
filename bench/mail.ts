// `npm run bench:mail`: how fast the outbox leaves. Queues BENCH_MAILS (10,000) mails, then drains them with
// BENCH_MAIL_WORKERS (2) outbox workers at once (two server processes, each with its own pool and its own connections
// to the mail server) to an smtp-server on loopback, and counts what arrived by Message-ID: none may be lost or doubled.
// On the embedded database (in memory) by default; on the PostgreSQL server in DATABASE_URL when set (its own mails are
// deleted afterwards). Figures only, never pass/fail.
import { loadavg } from 'node:os';
import pg from 'pg';
import { prepareDatabase } from '../api/plugins/database.ts';
import { smtpTransport } from '../api/mail/mail.transport.ts';
import { outboxWorker } from '../api/mail/outbox.worker.ts';
import { openDatabase } from '../db/database.ts';
import { startSmtpServer } from '../tests/helpers/smtp.ts';

const MAILS = Number(process.env.BENCH_MAILS ?? 10_000);
const WORKERS = Number(process.env.BENCH_MAIL_WORKERS ?? 2);
const FROM = 'Krachtkaart <noreply@bench.example.org>';

const queueMails = `
  INSERT INTO outbox_messages (to_address, kind, subject, body, html, headers)
  SELECT 'bewoner-' || i || '@bench.example.org', 'bench_mail', 'Je buurt deze week (' || i || ')',
         repeat('Nieuws uit je buurt. ', 40), '<p>' || repeat('Nieuws uit je buurt. ', 40) || '</p>',
         '{"List-Unsubscribe": "<https://bench.example.org/afmelden>"}'::jsonb
  FROM generate_series(1, $1) AS i
  RETURNING id`;

process.env.SEED_DEMO ??= 'false';
const database = await openDatabase(
  { DATABASE_URL: process.env.DATABASE_URL || undefined, DATA_DIR: 'memory://' },
  () => {},
);
const smtp = await startSmtpServer({ parse: false });
try {
  await prepareDatabase(database, { seedIfEmpty: false }, () => {});
  const pools = Array.from(
    { length: WORKERS },
    () => new pg.Pool({ connectionString: database.connectionString, max: 3 }),
  );
  const transports = pools.map(() => smtpTransport(smtp.url, FROM));

  let started = Date.now();
  const { rows } = await pools[0]!.query<{ id: string }>(queueMails, [MAILS]);
  const queueSeconds = (Date.now() - started) / 1000;

  started = Date.now();
  const results = await Promise.all(pools.map((pool, i) => outboxWorker(pool, transports[i]!).drain()));
  const seconds = (Date.now() - started) / 1000;

  const counts = smtp.countByMessageId();
  const copies = rows.map((row) => counts.get(`<${row.id}@bench.example.org>`) ?? 0);
  const lost = copies.filter((count) => count === 0).length;
  const doubled = copies.filter((count) => count > 1).length;
  const sent = results.reduce((sum, result) => sum + result.sent, 0);

  console.log(`database: ${database.kind}; ${MAILS} mails, ${WORKERS} workers (batch 20, 3 sends at once each)`);
  console.log(`queued in ${queueSeconds.toFixed(1)} s`);
  console.log(`drained in ${seconds.toFixed(1)} s: ${(MAILS / seconds).toFixed(0)} mails/s`);
  console.log(`marked sent: ${sent}; lost: ${lost}; doubled: ${doubled}`);
  console.log(
    `load average (1, 5, 15 min): ${loadavg()
      .map((load) => load.toFixed(2))
      .join(', ')}`,
  );

  if (database.kind === 'postgres') {
    await pools[0]!.query("DELETE FROM outbox_messages WHERE kind = 'bench_mail' AND id = ANY($1::uuid[])", [
      rows.map((row) => row.id),
    ]);
  }
  for (const transport of transports) transport.close();
  await Promise.all(pools.map((pool) => pool.end()));
} finally {
  await smtp.close();
  await database.close();
}
