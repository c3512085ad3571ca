import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import lockfile from 'proper-lockfile';

export interface EmbeddedDatabase {
  connectionString: string;
  /** True when the data directory did not exist yet (first start: initdb + PostGIS take ~20 s). */
  created: boolean;
  close(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** A folder to persist to, or `memory://` for a throwaway database (tests). */
  dataDir: string;
  log?: (message: string) => void;
}

export class EmbeddedDatabaseInUseError extends Error {}

/**
 * Starts PGlite with PostGIS in this process and serves it over the Postgres wire protocol on loopback,
 * so the app talks to it with `pg` exactly as it talks to a PostgreSQL server.
 *
 * PGlite is a single session: the caller must use one connection at a time (the database plugin sizes
 * its pool to 1) — pglite-socket only keeps whole transactions apart, not the messages of two clients'
 * extended-protocol queries, and prepared-statement names would clash between connections.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const inMemory = options.dataDir.startsWith('memory://');
  const dataDir = inMemory ? options.dataDir : path.resolve(options.dataDir);
  const created = inMemory || !existsSync(path.join(dataDir, 'PG_VERSION'));

  let releaseLock = async (): Promise<void> => {};
  if (!inMemory) {
    await mkdir(dataDir, { recursive: true });
    releaseLock = await lockDataDir(dataDir);
  }

  try {
    log(
      created
        ? `Creating the embedded PostGIS database in ${dataDir} (first start takes about 20-30 s)…`
        : `Opening the embedded PostGIS database in ${dataDir}…`,
    );
    const db = await PGlite.create(dataDir, { extensions: { postgis } });
    // Port 0: the OS picks a free loopback port, so several instances (tests, dev) never collide.
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 8 });
    await server.start();
    const connectionString = `postgres://postgres@${server.getServerConn()}/postgres`;
    return {
      connectionString,
      created,
      async close() {
        await server.stop();
        await db.close();
        await releaseLock();
      },
    };
  } catch (error) {
    await releaseLock();
    throw error;
  }
}

/** Two processes writing one PGlite folder would corrupt it, so the folder is locked while open. */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, { lockfilePath: `${dataDir}.lock`, stale: 15_000, update: 5_000 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new EmbeddedDatabaseInUseError(
        `The embedded database in ${dataDir} is in use by another Krachtkaart process ` +
          `(is \`npm start\` or \`npm run dev\` running?). Stop it, or set DATA_DIR to another folder.`,
      );
    }
    throw error;
  }
}
