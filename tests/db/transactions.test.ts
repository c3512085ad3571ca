import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { buildTestApp, useTestApp } from '../helpers/app.ts';

// Requests write through `app.pg.transact`; these tests run two such transactions at the same time on the
// database of this run (embedded PGlite, or the server in DATABASE_URL) and check they never see each other's work.
const app = useTestApp();

beforeAll(async () => {
  await app.pg.query('CREATE TABLE IF NOT EXISTS test_counters (id text PRIMARY KEY, value integer NOT NULL)');
});
// Dropped after, so the database keeps only the app's schema (tests/db/schema.test.ts compares it with db/schema.sql).
afterAll(async () => {
  await app.pg.query('DROP TABLE test_counters');
});

async function counterValue(id: string): Promise<number | undefined> {
  const { rows } = await app.pg.query<{ value: number }>('SELECT value FROM test_counters WHERE id = $1', [id]);
  return rows[0]?.value;
}

describe('transactions of concurrent requests', () => {
  it('two read-modify-write transactions on the same row never lose an update', async () => {
    const id = randomUUID();
    await app.pg.query('INSERT INTO test_counters (id, value) VALUES ($1, 0)', [id]);

    const increment = () =>
      app.pg.transact(async (client) => {
        const { rows } = await client.query<{ value: number }>(
          'SELECT value FROM test_counters WHERE id = $1 FOR UPDATE',
          [id],
        );
        // Give the other transaction every chance to read the same value in between.
        await sleep(60);
        await client.query('UPDATE test_counters SET value = $2 WHERE id = $1', [id, rows[0]!.value + 1]);
      });
    await Promise.all([increment(), increment(), increment()]);

    expect(await counterValue(id)).toBe(3);
  });

  it('a concurrent request never sees the uncommitted rows of a transaction that then rolls back', async () => {
    const id = randomUUID();
    const failing = app.pg
      .transact(async (client) => {
        await client.query('INSERT INTO test_counters (id, value) VALUES ($1, 1)', [id]);
        await sleep(120);
        throw new Error('step two failed');
      })
      .catch((error: Error) => error);
    await sleep(20);
    const seenMeanwhile = await counterValue(id);

    expect(await failing).toMatchObject({ message: 'step two failed' });
    expect(seenMeanwhile).toBeUndefined();
    expect(await counterValue(id)).toBeUndefined();
  });

  it('a query that arrives during a transaction sees the database as before it or after its commit, never between', async () => {
    const id = randomUUID();
    let committedAt = 0;
    const writer = app.pg
      .transact(async (client) => {
        await client.query('INSERT INTO test_counters (id, value) VALUES ($1, 1)', [id]);
        await sleep(80);
        await client.query('UPDATE test_counters SET value = 2 WHERE id = $1', [id]);
      })
      .then(() => {
        committedAt = performance.now();
      });
    await sleep(20);
    const seen = await counterValue(id);
    const readAt = performance.now();
    await writer;

    // The value 1 only ever exists inside the transaction.
    expect(seen).not.toBe(1);
    if (inject('databaseKind') === 'embedded') {
      // PGlite is one session: the read queues behind the whole transaction and sees its result.
      expect(seen).toBe(2);
      expect(readAt).toBeGreaterThanOrEqual(committedAt);
    } else {
      // A server runs them side by side; READ COMMITTED shows the row as it was before the transaction.
      expect(seen).toBeUndefined();
    }
  });

  it('a request that cannot get the connection in time gets a 503, not a hang', async () => {
    // One connection, as on the embedded database, and a short wait so the test is quick.
    const busyApp = await buildTestApp({ poolMax: 1, connectionTimeoutMs: 200 });
    try {
      const longTransaction = busyApp.pg.transact(async (client) => {
        await client.query('SELECT 1');
        await sleep(800);
      });
      await sleep(20);
      const response = await busyApp.inject('/api/health');
      await longTransaction;

      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ message: 'The database is busy. Try again shortly.' });
      expect((await busyApp.inject('/api/health')).statusCode).toBe(200);
    } finally {
      await busyApp.close();
    }
  });
});
