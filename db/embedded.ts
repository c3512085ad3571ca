import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
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
/** A backup or restore that cannot go ahead; the message says why and what to do. */
export class BackupError extends Error {}

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

/**
 * Writes a consistent copy of the embedded database in `dataDir` to `file`: its whole data directory, checkpointed,
 * as a gzipped tar. It holds the data directory's lock meanwhile, so the app must be stopped. Returns the bytes written.
 */
export async function backupEmbeddedDatabase(dataDir: string, file: string): Promise<number> {
  const dir = path.resolve(dataDir);
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    throw new BackupError(`There is no embedded database in ${dir}: set DATA_DIR to the folder the app uses.`);
  }
  const release = await lockDataDir(dir);
  try {
    const db = await PGlite.create(dir, { extensions: { postgis } });
    try {
      await db.exec('CHECKPOINT');
      const dump = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer());
      // Written aside first, so an interrupted backup never leaves a truncated file under the name asked for.
      try {
        await writeFile(`${file}.partial`, dump);
        await rename(`${file}.partial`, file);
      } catch (error) {
        throw new BackupError(`Cannot write ${file}: ${(error as Error).message}`);
      }
      return dump.length;
    } finally {
      await db.close();
    }
  } finally {
    await release();
  }
}

/**
 * Unpacks a backup made by `backupEmbeddedDatabase` into `dataDir`, which must be empty or absent unless `replace`
 * (then what is in it is deleted first). Holds the data directory's lock meanwhile. Returns the latest migration in it.
 */
export async function restoreEmbeddedDatabase(
  file: string,
  dataDir: string,
  options: { replace: boolean },
): Promise<string> {
  const dir = path.resolve(dataDir);
  await mkdir(dir, { recursive: true });
  const release = await lockDataDir(dir);
  try {
    const wipe = async () => {
      for (const name of await readdir(dir)) await rm(path.join(dir, name), { recursive: true, force: true });
    };
    if ((await readdir(dir)).length > 0) {
      if (!options.replace) {
        throw new BackupError(
          `${dir} is not empty: restore into a new DATA_DIR, or add --force to delete what is in it and restore over it.`,
        );
      }
      await wipe();
    }
    let latest: string | undefined;
    try {
      const db = await PGlite.create(dir, { loadDataDir: new Blob([await readFile(file)]), extensions: { postgis } });
      try {
        // A gzipped tar of something else would leave a new, empty database: only Krachtkaart's schema counts.
        const { rows } = await db.query<{ found: boolean }>(
          `SELECT to_regclass('public.pgmigrations') IS NOT NULL AS found`,
        );
        if (rows[0]?.found) {
          latest = (
            await db.query<{ name: string }>('SELECT name FROM pgmigrations ORDER BY run_on DESC, id DESC LIMIT 1')
          ).rows[0]?.name;
        }
      } finally {
        await db.close();
      }
    } catch (error) {
      await wipe();
      throw new BackupError(`${file} could not be restored as an embedded database (${(error as Error).message}).`);
    }
    if (!latest) {
      await wipe();
      throw new BackupError(`${file} holds no Krachtkaart database (no migrations table).`);
    }
    return latest;
  } finally {
    await release();
  }
}

/** Data directories this process holds open: its own pid in an owner file is then no leftover. */
const heldHere = new Set<string>();

/**
 * Two processes writing one PGlite folder would corrupt it, so the folder is locked while open. Beside the lock an
 * owner file names the process (pid and host): a lock left by a process that was killed (kill -9, out of memory, a
 * container stop) is taken over at once when that process is gone, instead of blocking every start until it goes
 * stale (the lock's time is refreshed every 5 s and counts as abandoned after 15 s without).
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockfilePath = `${dataDir}.lock`;
  const ownerPath = `${dataDir}.lock-owner`;
  const lock = () => lockfile.lock(dataDir, { lockfilePath, stale: 15_000, update: 5_000 });
  let release: () => Promise<void>;
  try {
    release = await lock();
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code !== 'ELOCKED' ||
      !(await takeOverAbandonedLock(dataDir, lockfilePath, ownerPath))
    ) {
      throw inUseOr(error, dataDir);
    }
    try {
      release = await lock();
    } catch (retryError) {
      throw inUseOr(retryError, dataDir);
    }
  }
  heldHere.add(dataDir);
  await writeFile(ownerPath, JSON.stringify({ pid: process.pid, host: hostname() }));
  return async () => {
    heldHere.delete(dataDir);
    await rm(ownerPath, { force: true });
    await release();
  };
}

function inUseOr(error: unknown, dataDir: string): unknown {
  if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') return error;
  return new EmbeddedDatabaseInUseError(
    `The embedded database in ${dataDir} is in use by another Krachtkaart process ` +
      `(is \`npm start\` or \`npm run dev\` running?). Stop it, or set DATA_DIR to another folder.`,
  );
}

/**
 * True when the lock's owner was a process on this machine that no longer runs, and this process removed the lock.
 * Renaming the owner file away first makes the take-over one process's: of two starting at once, the other finds
 * no owner file and reports the folder in use.
 */
async function takeOverAbandonedLock(dataDir: string, lockfilePath: string, ownerPath: string): Promise<boolean> {
  let owner: { pid?: unknown; host?: unknown };
  try {
    owner = JSON.parse(await readFile(ownerPath, 'utf8'));
  } catch {
    return false;
  }
  if (owner.host !== hostname() || typeof owner.pid !== 'number') return false;
  if (owner.pid === process.pid ? heldHere.has(dataDir) : isRunning(owner.pid)) return false;
  try {
    await rename(ownerPath, `${ownerPath}.${process.pid}`);
  } catch {
    return false;
  }
  await rm(`${ownerPath}.${process.pid}`, { force: true });
  await rm(lockfilePath, { recursive: true, force: true });
  return true;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
