import type { TestProject } from 'vitest/node';
import { prepareDatabase } from '../api/plugins/database.ts';
import { openDatabase, type DatabaseKind } from '../db/database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: DatabaseKind;
  }
}

/**
 * Creates the test database once per run: the PostgreSQL server in DATABASE_URL when set (CI's second pass),
 * otherwise a throwaway in-memory PGlite served on loopback, migrated and seeded with Tilburg.
 */
export default async function setup(project: TestProject) {
  const started = Date.now();
  // No synthetic demo population: tests make their own data (tests/seed generates the demo in rolled-back transactions).
  process.env.SEED_DEMO ??= 'false';
  const database = await openDatabase(
    { DATABASE_URL: process.env.DATABASE_URL || undefined, DATA_DIR: 'memory://' },
    () => {},
  );
  try {
    await prepareDatabase(database, { seedIfEmpty: true }, () => {});
  } catch (error) {
    // Close the embedded database, or its socket server keeps the test process alive after the failure.
    await database.close();
    throw error;
  }
  console.log(`[tests] ${database.kind} database ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('databaseUrl', database.connectionString);
  project.provide('databaseKind', database.kind);
  return async () => {
    await database.close();
  };
}
