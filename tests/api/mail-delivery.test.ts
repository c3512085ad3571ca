import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import { smtpTransport, type MailTransport } from '../../api/mail/mail.transport.ts';
import { MAX_ATTEMPTS, outboxWorker } from '../../api/mail/outbox.worker.ts';
import { outboxMailer, type OutgoingMessage } from '../../api/shared/mailer.ts';
import { startScheduler, type ScheduledJob } from '../../api/shared/scheduler.ts';
import { useTestApp } from '../helpers/app.ts';
import { expectRefusal, signUpAndLogIn, type TestAccount } from '../helpers/client.ts';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp.ts';

const FROM = 'Krachtkaart <noreply@example.org>';
const MINUTE = 60_000;

// Other suites' mail may be queued in the same database (and is sent along): every check counts this suite's own.
let pool: pg.Pool;
let smtp: TestSmtpServer;
let transport: MailTransport;
const transports: MailTransport[] = [];
beforeAll(async () => {
  pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 3 });
  smtp = await startSmtpServer();
  transport = smtpTransport(smtp.url, FROM);
  transports.push(transport);
});
afterAll(async () => {
  for (const each of transports) each.close();
  await smtp.close();
  await pool.end();
});

const recipient = () => `${randomUUID()}@example.net`;

function queue(message: Partial<OutgoingMessage> = {}): Promise<string> {
  return outboxMailer.send(
    {
      to: recipient(),
      userId: null,
      kind: 'test_mail',
      subject: 'Een bericht',
      body: 'Hallo',
      ...message,
    },
    pool,
  );
}

async function rowOf(id: string) {
  const { rows } = await pool.query<{
    status: string;
    attempts: number;
    last_error: string | null;
    next_attempt_at: Date;
    sent_at: Date | null;
  }>('SELECT status, attempts, last_error, next_attempt_at, sent_at FROM outbox_messages WHERE id = $1', [id]);
  return rows[0]!;
}

const copiesOf = (server: TestSmtpServer, id: string) => server.countByMessageId().get(`<${id}@example.org>`) ?? 0;

describe('the outbox worker', () => {
  it('sends a message with its sender, subject, stable Message-ID, headers and both parts, and marks it sent', async () => {
    const id = await queue({
      subject: 'Je buurt deze week',
      body: 'Platte tekst',
      html: '<p>Opgemaakte <b>tekst</b></p>',
      headers: {
        'List-Unsubscribe': '<https://kaart.example.org/afmelden?token=abc>',
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
    await outboxWorker(pool, transport).drain();

    const mail = smtp.messages.find((message) => message.messageId === `<${id}@example.org>`);
    expect(mail).toBeDefined();
    expect(mail!.from?.value).toEqual([{ name: 'Krachtkaart', address: 'noreply@example.org' }]);
    expect((await pool.query('SELECT to_address FROM outbox_messages WHERE id = $1', [id])).rows[0].to_address).toBe(
      (Array.isArray(mail!.to) ? mail!.to[0] : mail!.to)?.value[0]?.address,
    );
    expect(mail!.subject).toBe('Je buurt deze week');
    expect(mail!.text?.trim()).toBe('Platte tekst');
    expect(mail!.html).toContain('<b>tekst</b>');
    const header = (name: string) => mail!.headerLines.find((line) => line.key === name)?.line;
    expect(header('list-unsubscribe')).toBe('List-Unsubscribe: <https://kaart.example.org/afmelden?token=abc>');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(await rowOf(id)).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect((await rowOf(id)).sent_at).toBeInstanceOf(Date);
  });

  it('tries again after a while when the server says "later" (4xx), and then delivers it once', async () => {
    const to = recipient();
    const id = await queue({ to });
    const now = new Date();
    smtp.refuse(to, 451);
    await outboxWorker(pool, transport).drain(now);
    const waiting = await rowOf(id);
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1 });
    expect(waiting.last_error).toMatch(/451/);
    expect(waiting.next_attempt_at.getTime()).toBe(now.getTime() + MINUTE);

    await outboxWorker(pool, transport).drain(new Date(now.getTime() + 30_000));
    expect(copiesOf(smtp, id)).toBe(0);

    await outboxWorker(pool, transport).drain(new Date(now.getTime() + MINUTE));
    expect(copiesOf(smtp, id)).toBe(1);
    expect(await rowOf(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('marks a message the server refuses for good (5xx) failed and does not try it again', async () => {
    const to = recipient();
    const id = await queue({ to });
    smtp.refuse(to, 550);
    await outboxWorker(pool, transport).drain();
    const failed = await rowOf(id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed.last_error).toMatch(/550/);

    await outboxWorker(pool, transport).drain(new Date(Date.now() + 24 * 60 * MINUTE));
    expect(copiesOf(smtp, id)).toBe(0);
    expect(await rowOf(id)).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('takes a refused connection as temporary, and gives up after the last attempt', async () => {
    const closed = await startSmtpServer();
    await closed.close();
    const nowhere = smtpTransport(closed.url, FROM);
    transports.push(nowhere);
    const id = await queue();
    const now = new Date();
    await outboxWorker(pool, nowhere).drain(now);
    const waiting = await rowOf(id);
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1 });
    expect(waiting.last_error).toMatch(/ECONNREFUSED|ECONNECTION/);

    await pool.query('UPDATE outbox_messages SET attempts = $2 WHERE id = $1', [id, MAX_ATTEMPTS - 1]);
    await outboxWorker(pool, nowhere).drain(new Date(now.getTime() + 24 * 60 * MINUTE));
    const failed = await rowOf(id);
    expect(failed).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(failed.last_error).toMatch(new RegExp(`Gave up after ${MAX_ATTEMPTS} attempts`));
  });

  it('does not send a message whose link expired before it could leave: it is marked expired', async () => {
    const id = await queue({ expiresAt: new Date(Date.now() - 1000) });
    await outboxWorker(pool, transport).drain();
    expect(copiesOf(smtp, id)).toBe(0);
    expect(await rowOf(id)).toMatchObject({ status: 'expired', attempts: 0 });
  });

  it('two workers on two pools draining at once send each of 50 messages exactly once', async () => {
    const ids = await Promise.all(Array.from({ length: 50 }, () => queue()));
    const otherPool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 3 });
    const otherTransport = smtpTransport(smtp.url, FROM);
    transports.push(otherTransport);
    try {
      const options = { batchSize: 5, concurrency: 3 };
      await Promise.all([
        outboxWorker(pool, transport, options).drain(),
        outboxWorker(otherPool, otherTransport, options).drain(),
        outboxWorker(pool, transport, options).drain(),
      ]);
    } finally {
      await otherPool.end();
    }
    expect(ids.map((id) => copiesOf(smtp, id))).toEqual(ids.map(() => 1));
    const { rows } = await pool.query<{ status: string; count: number }>(
      'SELECT status, count(*)::int AS count FROM outbox_messages WHERE id = ANY($1::uuid[]) GROUP BY status',
      [ids],
    );
    expect(rows).toEqual([{ status: 'sent', count: 50 }]);
  });

  it('loses nothing when a sending process is killed mid-send: after its lease another sends the message once', async () => {
    // An empty queue first, so that ours is in the child's first batch.
    await outboxWorker(pool, transport).drain();
    const stalling = await startSmtpServer();
    const to = recipient();
    const id = await queue({ to });
    const arrived = stalling.stall(to);
    const leaseMs = 60_000;
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/outbox-drain-child.ts'], {
      env: { ...process.env, DATABASE_URL: inject('databaseUrl'), SMTP_URL: stalling.url, LEASE_MS: String(leaseMs) },
      stdio: 'inherit',
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      await arrived;
      child.kill('SIGKILL');
      await exited;
    } finally {
      await stalling.close();
    }
    const { rows } = await pool.query<{ id: string }>(
      "SELECT id FROM outbox_messages WHERE status = 'sending' AND claimed_until > now()",
    );
    const stalled = rows.map((row) => row.id);
    expect(stalled).toContain(id);

    await outboxWorker(pool, transport).drain();
    expect(copiesOf(smtp, id)).toBe(0);
    expect((await rowOf(id)).status).toBe('sending');

    await outboxWorker(pool, transport).drain(new Date(Date.now() + leaseMs + 1000));
    expect(copiesOf(smtp, id)).toBe(1);
    expect(await rowOf(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });
});

describe('the scheduler', () => {
  it('runs a due job once when two processes tick together, and again only in its next period', async () => {
    const runs: Date[] = [];
    let release: () => void = () => {};
    const job: ScheduledJob = {
      name: `test-${randomUUID()}`,
      next: (now) => new Date(now.getTime() + MINUTE),
      run: async (_pool, now) => {
        runs.push(now);
        await new Promise<void>((resolve) => (release = resolve));
      },
    };
    const log = { error: () => {} };
    const otherPool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 });
    const first = startScheduler(pool, [job], { log, tickMs: 3_600_000 });
    const second = startScheduler(otherPool, [job], { log, tickMs: 3_600_000 });
    try {
      const now = new Date();
      const ticks = Promise.all([first.tick(now), second.tick(now), first.tick(now)]);
      await expect.poll(() => runs.length).toBe(1);
      // Still running: a tick in its process does not start it twice, nor does the other's in a later period.
      const later = new Date(now.getTime() + 2 * MINUTE);
      await first.tick(later);
      expect(runs.length).toBe(1);
      release();
      await ticks;

      const nextTicks = Promise.all([first.tick(later), second.tick(later)]);
      await expect.poll(() => runs.length).toBe(2);
      release();
      await nextTicks;
      expect(runs.length).toBe(2);
      const { rows } = await pool.query<{ last_finished_at: Date | null; next_run_at: Date }>(
        'SELECT last_finished_at, next_run_at FROM scheduled_jobs WHERE name = $1',
        [job.name],
      );
      expect(rows[0]!.last_finished_at).toBeInstanceOf(Date);
      expect(rows[0]!.next_run_at.getTime()).toBe(later.getTime() + MINUTE);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
      await pool.query('DELETE FROM scheduled_jobs WHERE name = $1', [job.name]);
      await otherPool.end();
    }
  });

  it('records a job that throws, and waits for a running job when stopped', async () => {
    let started = false;
    let finished = false;
    const failing: ScheduledJob = {
      name: `test-${randomUUID()}`,
      next: (now) => new Date(now.getTime() + MINUTE),
      run: async () => {
        started = true;
        await new Promise((resolve) => setTimeout(resolve, 200));
        finished = true;
        throw new Error('the digest broke');
      },
    };
    const errors: string[] = [];
    const scheduler = startScheduler(pool, [failing], { log: { error: (_, message) => errors.push(message) } });
    const tick = scheduler.tick();
    await expect.poll(() => started).toBe(true);
    expect(finished).toBe(false);
    await scheduler.stop();
    expect(finished).toBe(true);
    await tick;
    const { rows } = await pool.query<{ last_error: string }>('SELECT last_error FROM scheduled_jobs WHERE name = $1', [
      failing.name,
    ]);
    expect(rows[0]!.last_error).toBe('the digest broke');
    expect(errors).toEqual([`scheduled job ${failing.name} failed`]);
    await pool.query('DELETE FROM scheduled_jobs WHERE name = $1', [failing.name]);
  });
});

describe('the admin outbox once a mail server is set', () => {
  const app = useTestApp({}, { mail: { from: FROM, delivery: true } });
  let admin: TestAccount;
  beforeAll(async () => {
    admin = await signUpAndLogIn(app);
    await adminRepository.makeAdmin(app.pg.pool, admin.email);
  });

  it("shows each message's delivery, filters by status, and withholds the bodies that carry log-in links", async () => {
    const to = recipient();
    const id = await queue({ subject: 'Geweigerd', to });
    smtp.refuse(to, 550);
    await outboxWorker(pool, transport).drain();

    const outbox = (await admin.client.get('/api/admin/outbox?status=failed&limit=500')).json();
    expect(outbox.delivery).toEqual({ configured: true, from: FROM });
    expect(outbox.messages.every((message: { status: string }) => message.status === 'failed')).toBe(true);
    expect(outbox.messages.find((message: { id: string }) => message.id === id)).toMatchObject({
      subject: 'Geweigerd',
      body: 'Hallo',
      status: 'failed',
      attempts: 1,
      lastError: expect.stringMatching(/550/),
      sentAt: null,
    });

    const all = (await admin.client.get('/api/admin/outbox?limit=500')).json();
    const welcome = all.messages.find((message: { to: string }) => message.to === admin.email);
    expect(welcome).toMatchObject({ kind: 'welcome', body: null });
    expectRefusal(await admin.client.get('/api/admin/outbox?status=lost'), 'querystring/status', 'enum');
  });

  it('sends a message again: queued and due now, its last error kept', async () => {
    const to = recipient();
    const id = await queue({ to });
    smtp.refuse(to, 554);
    await outboxWorker(pool, transport).drain();
    expect((await rowOf(id)).status).toBe('failed');

    const resend = await admin.client.post(`/api/admin/outbox/${id}/resend`);
    expect(resend.statusCode, resend.body).toBe(204);
    const queued = await rowOf(id);
    expect(queued).toMatchObject({ status: 'queued', attempts: 0, last_error: expect.stringMatching(/554/) });
    expect(Math.abs(queued.next_attempt_at.getTime() - Date.now())).toBeLessThan(MINUTE);

    await outboxWorker(pool, transport).drain();
    expect(copiesOf(smtp, id)).toBe(1);
    expect((await rowOf(id)).status).toBe('sent');
  });

  it('answers 404 for an unknown message and 400 naming the id when it is not a uuid', async () => {
    expect((await admin.client.post(`/api/admin/outbox/${randomUUID()}/resend`)).statusCode).toBe(404);
    expectRefusal(await admin.client.post('/api/admin/outbox/not-a-uuid/resend'), 'params/id', 'format');
  });
});
