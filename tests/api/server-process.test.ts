import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedRun } from '../helpers/db.ts';
import { startServerProcess } from '../helpers/server-process.ts';

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

    const second = await startServerProcess(embedded);
    try {
      expect(second.output).toContain('Opening the embedded PostGIS database');
      expect(second.output).not.toContain('Seeding');
      const buurten = await (await fetch(`${second.url}/api/areas/buurten`)).json();
      expect(buurten.features).toHaveLength(251);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  }, 240_000);

  it('stops with a clear message when the configuration is invalid', async () => {
    await expect(startServerProcess({ ...embedded, PORT: 'eighty' }, 30_000)).rejects.toThrow(/PORT/);
  });
});
