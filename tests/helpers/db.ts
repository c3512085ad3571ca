import pg from 'pg';
import { inject } from 'vitest';

/** A direct pool on the test database, for checks that go around the API (one connection: see embedded.ts). */
export function testPool(): pg.Pool {
  return new pg.Pool({ connectionString: inject('databaseUrl'), max: 1 });
}

/** Runs `work` in a transaction on a connection of `pool` that is rolled back after it: nothing of it reaches other tests. */
export async function inRolledBackTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    return await work(client);
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

/**
 * Whether this run is the one on the embedded database. Suites that make embedded databases of their own (a fresh
 * instance, as `npm start` makes one; the embedded database's own start-up) do the same in either run: they run in
 * the embedded one only, instead of twice.
 */
export const embeddedRun = inject('databaseKind') === 'embedded';
