import { startEmbeddedDatabase } from './embedded.ts';

export type DatabaseKind = 'embedded' | 'postgres';

/** Where the database is: a PostgreSQL server's URL, or else the folder of the embedded database. */
export interface DatabaseConfig {
  DATABASE_URL?: string | undefined;
  DATA_DIR: string;
}

export interface DatabaseHandle {
  connectionString: string;
  kind: DatabaseKind;
  close(): Promise<void>;
}

type Log = (message: string) => void;

/** The configured PostgreSQL server, or the embedded PGlite database when DATABASE_URL is not set. */
export async function openDatabase(config: DatabaseConfig, log: Log): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) {
    return { connectionString: config.DATABASE_URL, kind: 'postgres', close: async () => {} };
  }
  const embedded = await startEmbeddedDatabase({ dataDir: config.DATA_DIR, log });
  return { connectionString: embedded.connectionString, kind: 'embedded', close: () => embedded.close() };
}
