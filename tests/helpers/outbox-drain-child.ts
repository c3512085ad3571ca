// A second server process's outbox worker, for the test that kills one mid-send: drains the outbox of DATABASE_URL
// to SMTP_URL with a lease of LEASE_MS, then exits.
import pg from 'pg';
import { smtpTransport } from '../../api/mail/mail.transport.ts';
import { outboxWorker } from '../../api/mail/outbox.worker.ts';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
const transport = smtpTransport(process.env.SMTP_URL!, 'Krachtkaart <noreply@example.org>', 1);
await outboxWorker(pool, transport, { leaseMs: Number(process.env.LEASE_MS), concurrency: 1 }).drain();
transport.close();
await pool.end();
