import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedDatabaseInUseError, startEmbeddedDatabase } from '../../db/embedded.ts';
import { embeddedRun } from '../helpers/db.ts';

const dataDir = await mkdtemp(path.join(tmpdir(), 'krachtkaart-embedded-'));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function withClient<T>(connectionString: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// Creating and opening a data directory on disk takes seconds on an idle machine, and many times that under load.
describe.runIf(embeddedRun)('the embedded database', { timeout: 180_000 }, () => {
  it('keeps its data in the data directory across a restart, and reopens it without creating it again', async () => {
    const first = await startEmbeddedDatabase({ dataDir });
    expect(first.created).toBe(true);
    await withClient(first.connectionString, async (client) => {
      await client.query('CREATE EXTENSION IF NOT EXISTS postgis');
      await client.query('CREATE TABLE places (name text, geom geometry(Point, 4326))');
      await client.query(`INSERT INTO places VALUES ('bench', ST_SetSRID(ST_MakePoint(5.08, 51.56), 4326))`);
    });
    await first.close();

    const second = await startEmbeddedDatabase({ dataDir });
    try {
      expect(second.created).toBe(false);
      const rows = await withClient(second.connectionString, async (client) => {
        const result = await client.query('SELECT name, ST_X(geom) AS lng FROM places');
        return result.rows;
      });
      expect(rows).toEqual([{ name: 'bench', lng: 5.08 }]);
    } finally {
      await second.close();
    }
  });

  it('takes over the lock of a process that was killed, but not that of one still running', async () => {
    const lockOf = async (pid: number) => {
      await mkdir(`${dataDir}.lock`, { recursive: true });
      await writeFile(`${dataDir}.lock-owner`, JSON.stringify({ pid, host: hostname() }));
    };
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    await lockOf(gone);
    const reopened = await startEmbeddedDatabase({ dataDir });
    await reopened.close();

    await lockOf(process.ppid);
    try {
      await expect(startEmbeddedDatabase({ dataDir })).rejects.toBeInstanceOf(EmbeddedDatabaseInUseError);
    } finally {
      await rm(`${dataDir}.lock`, { recursive: true, force: true });
    }
  });

  it('refuses to open a data directory that another process has open', async () => {
    const open = await startEmbeddedDatabase({ dataDir });
    try {
      await expect(startEmbeddedDatabase({ dataDir })).rejects.toBeInstanceOf(EmbeddedDatabaseInUseError);
    } finally {
      await open.close();
    }
  });
});
