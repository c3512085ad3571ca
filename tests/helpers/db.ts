import pg from 'pg';
import { inject } from 'vitest';

/** A direct pool on the test database, for checks that go around the API (one connection: see embedded.ts). */
export function testPool(): pg.Pool {
  return new pg.Pool({ connectionString: inject('databaseUrl'), max: 1 });
}

/**
 * Whether this run is the one on the embedded database. Suites that make embedded databases of their own (a fresh
 * instance, as `npm start` makes one; the embedded database's own start-up) do the same in either run: they run in
 * the embedded one only, instead of twice.
 */
export const embeddedRun = inject('databaseKind') === 'embedded';
