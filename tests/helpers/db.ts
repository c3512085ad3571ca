import pg from 'pg';
import { inject } from 'vitest';

/** A direct pool on the test database, for checks that go around the API (one connection: see embedded.ts). */
export function testPool(): pg.Pool {
  return new pg.Pool({ connectionString: inject('databaseUrl'), max: 1 });
}
