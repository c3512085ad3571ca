import type { Pool } from 'pg';
import type { DatabaseKind } from '../../db/database.ts';
import { healthRepository } from './health.repository.ts';

/** Whether the API is up, and on which database. */
export function healthService(pool: Pool, database: DatabaseKind) {
  return {
    async status() {
      return { status: 'ok' as const, database, postgis: await healthRepository.postgisVersion(pool) };
    },
  };
}
