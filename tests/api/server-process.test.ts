import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedRun } from '../helpers/db.ts';
import { startServerProcess } from '../helpers/server-process.ts';
import { startSmtpServer } from '../helpers/smtp.ts';

// The README's promise: with nothing configured, the server creates the embedded database, seeds Tilburg and
// listens; a second start reuses the data. This runs api/server.ts as a real process, as `npm start` does. It is the
// same whichever database the run is for, so the PostgreSQL run skips it (embeddedRun).
const dataDir = await mkdtemp(path.join(tmpdir(), 'krachtkaart-server-'));
afterAll(() => rm(dataDir, { recursive: true, force: true }));
const embedded = { DATA_DIR: dataDir, DATABASE_URL: '', SMTP_URL: '' };

describe.runIf(embeddedRun)('the server process on the embedded database', () => {
  it('creates and seeds the database on first start, then reuses it on the next start', async () => {
    const first = await startServerProcess(embedded);
    try {
      expect(first.output).toContain('Creating the embedded PostGIS database');
      expect(first.output).toContain('Seeding the Tilburg demo');
      // Without SMTP_URL nothing is sent, and the server says so once.
      expect(first.output.match(/No mail server \(SMTP_URL\)/g)).toHaveLength(1);
      const health = await (await fetch(`${first.url}/api/health`)).json();
      expect(health).toMatchObject({ status: 'ok', database: 'embedded' });
    } finally {
      expect(await first.stop()).toBe(0);
    }

    // The second start with a mail server: a sign-up's welcome mail leaves through it, as the server's own jobs send it.
    const smtp = await startSmtpServer();
    const second = await startServerProcess({
      ...embedded,
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Proef <noreply@example.org>',
    });
    try {
      expect(second.output).toContain('Opening the embedded PostGIS database');
      expect(second.output).not.toContain('Seeding');
      expect(second.output).not.toContain('No mail server');
      const buurten = await (await fetch(`${second.url}/api/areas/buurten`)).json();
      expect(buurten.features).toHaveLength(251);

      const csrf = await fetch(`${second.url}/api/auth/csrf-token`);
      const cookie = csrf.headers
        .getSetCookie()
        .map((header) => header.split(';')[0])
        .join('; ');
      const { token } = (await csrf.json()) as { token: string };
      const email = `welkom-${Date.now()}@example.org`;
      const signup = await fetch(`${second.url}/api/auth/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': token },
        body: JSON.stringify({ email, password: 'een lange zin als wachtwoord', displayName: 'Proef' }),
      });
      expect(signup.status).toBe(202);
      const arrived = async () => smtp.messages.find((message) => JSON.stringify(message.to).includes(email));
      for (let waited = 0; !(await arrived()) && waited < 30_000; waited += 250)
        await new Promise((resolve) => setTimeout(resolve, 250));
      const welcome = await arrived();
      expect(welcome, 'the welcome mail at the mail server').toBeDefined();
      expect(welcome!.from?.text).toContain('noreply@example.org');
      expect(welcome!.text).toContain('/bevestigen?token=');
    } finally {
      expect(await second.stop()).toBe(0);
      await smtp.close();
    }
  }, 240_000);

  it('stops with a clear message when the configuration is invalid', async () => {
    await expect(startServerProcess({ ...embedded, PORT: 'eighty' }, 30_000)).rejects.toThrow(/PORT/);
  });
});
