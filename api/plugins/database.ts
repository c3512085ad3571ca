import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import fastifyPostgres from '@fastify/postgres';
import pg from 'pg';
import type { DatabaseHandle, DatabaseKind } from '../../db/database.ts';
import { migrate } from '../../db/migrate.ts';
import { isSeeded, seedDatabase, seedReferenceDataInto } from '../../seed/seed.ts';
import { databasePolicy } from '../shared/policy.ts';

export interface DatabasePluginOptions {
  connectionString: string;
  kind: DatabaseKind;
  poolMax: number;
  /** How long a request waits for a free connection before it gets a 503. */
  connectionTimeoutMs?: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    database: { kind: DatabaseKind };
  }
}

async function databasePlugin(app: FastifyInstance, options: DatabasePluginOptions) {
  await app.register(fastifyPostgres, {
    connectionString: options.connectionString,
    // PGlite is one database session: with a single pooled connection, requests queue in `pg` and two
    // requests' transactions can never interleave. A server gets a real pool.
    max: options.kind === 'embedded' ? 1 : options.poolMax,
    // Waiting longer than this for a connection means something holds it too long: fail with a 503, don't hang.
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 15_000,
    idleTimeoutMillis: 30_000,
    // No JIT on a server: our queries are short, and compiling one took 20-40 ms more than running it (the suggestion
    // query at 1,000,000 assets: 130 ms with, 60 without). The embedded database has no JIT to turn off.
    ...(options.kind === 'postgres' ? { options: '-c jit=off' } : {}),
  });
  // An idle pooled connection that drops (server restart) must not crash the process; the pool reconnects.
  app.pg.pool.on('error', (error) => app.log.error({ err: error }, 'idle database connection lost'));
  app.decorate('database', { kind: options.kind });
}

export default fp(databasePlugin, { name: 'database' });

/**
 * Before the app starts: the schema brought up to date (migrations, then the functions made with this app's policy),
 * the reference data (taxonomy) loaded and, on a database without areas, the Tilburg seed.
 */
export async function prepareDatabase(
  database: DatabaseHandle,
  options: { seedIfEmpty: boolean },
  log: (message: string) => void,
): Promise<void> {
  await migrate(database.connectionString, { policy: databasePolicy, log });
  const pool = new pg.Pool({ connectionString: database.connectionString, max: 1 });
  try {
    await seedReferenceDataInto(pool);
    if (!options.seedIfEmpty || (await isSeeded(pool))) return;
    log('Seeding the Tilburg demo: 251 buurten, 59 wijken and CBS 2024 key figures…');
    const started = Date.now();
    const result = await seedDatabase(pool);
    log(`Seeded ${result.buurten.inserted} buurten and ${result.wijken.inserted} wijken in ${Date.now() - started} ms`);
  } finally {
    await pool.end();
  }
}
