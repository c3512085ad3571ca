import { spawn } from 'node:child_process';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseConfig, DatabaseKind } from './database.ts';
import { BackupError, backupEmbeddedDatabase, restoreEmbeddedDatabase } from './embedded.ts';

export { BackupError };

type Log = (message: string) => void;

/** `npm run db:backup -- FILE`: the embedded database as a tar of its data directory, a server's with pg_dump -Fc. */
export async function backupDatabase(config: DatabaseConfig, file: string, log: Log): Promise<void> {
  const target = path.resolve(file);
  if (!config.DATABASE_URL) {
    log(`Backing up the embedded database in ${path.resolve(config.DATA_DIR)} to ${target}…`);
    const bytes = await backupEmbeddedDatabase(config.DATA_DIR, target);
    log(`Done: ${megabytes(bytes)} written. Restore it with: npm run db:restore -- ${file}`);
    return;
  }
  const server = databaseLabel(config.DATABASE_URL);
  log(`Backing up database ${server} to ${target} with pg_dump…`);
  try {
    await runClientTool('pg_dump', ['--format=custom', `--file=${target}.partial`], config.DATABASE_URL);
  } catch (error) {
    await rm(`${target}.partial`, { force: true });
    throw error;
  }
  await rename(`${target}.partial`, target);
  log(`Done: ${megabytes((await stat(target)).size)} written. Restore it with: npm run db:restore -- ${file}`);
}

/**
 * `npm run db:restore -- FILE [--force]`: into DATA_DIR (empty, or emptied with --force) or into the database of
 * DATABASE_URL, which must exist and hold no tables yet.
 */
export async function restoreDatabase(
  config: DatabaseConfig,
  file: string,
  options: { force: boolean },
  log: Log,
): Promise<void> {
  const source = path.resolve(file);
  const kind = await kindOfBackup(source);
  const wanted: DatabaseKind = config.DATABASE_URL ? 'postgres' : 'embedded';
  if (kind !== wanted) {
    throw new BackupError(
      kind === 'embedded'
        ? `${file} is a backup of an embedded database: restore it with DATABASE_URL unset, into an empty DATA_DIR.`
        : `${file} is a backup of a PostgreSQL server (pg_dump): restore it with DATABASE_URL set to an empty database.`,
    );
  }
  if (!config.DATABASE_URL) {
    const dataDir = path.resolve(config.DATA_DIR);
    log(`Restoring ${source} into the embedded database in ${dataDir}…`);
    const latest = await restoreEmbeddedDatabase(source, dataDir, { replace: options.force });
    log(`Done: the database is at migration ${latest}. Start the app with DATA_DIR=${config.DATA_DIR}.`);
    return;
  }
  const server = databaseLabel(config.DATABASE_URL);
  await assertEmptyDatabase(config.DATABASE_URL, server);
  log(`Restoring ${source} into database ${server} with pg_restore…`);
  // One transaction: a restore that fails part-way leaves the database as empty as it was.
  await runClientTool(
    'pg_restore',
    ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', source],
    config.DATABASE_URL,
  );
  const client = new pg.Client({ connectionString: config.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ found: boolean }>(
      `SELECT to_regclass('public.pgmigrations') IS NOT NULL AS found`,
    );
    const latest = rows[0]?.found
      ? (await client.query<{ name: string }>('SELECT name FROM pgmigrations ORDER BY run_on DESC, id DESC LIMIT 1'))
          .rows[0]?.name
      : undefined;
    log(
      latest
        ? `Done: the database is at migration ${latest}. Start the app with this DATABASE_URL.`
        : 'Done, but it holds no Krachtkaart schema (no migrations table).',
    );
  } finally {
    await client.end();
  }
}

/** What made the file, by its first bytes: pg_dump's custom format starts with PGDMP, the embedded tar is gzipped. */
async function kindOfBackup(file: string): Promise<DatabaseKind> {
  let head: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      head = Buffer.alloc(5);
      await handle.read(head, 0, 5, 0);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BackupError(code === 'ENOENT' ? `There is no file ${file}.` : `${file} cannot be read (${code}).`);
  }
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'embedded';
  throw new BackupError(
    `${file} is not a Krachtkaart backup (neither a pg_dump custom-format file nor an embedded-database backup).`,
  );
}

/** Refuses a target that already holds tables or sequences of its own (those of extensions such as PostGIS aside). */
async function assertEmptyDatabase(databaseUrl: string, server: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new BackupError(
      code === '3D000'
        ? `Database ${server} does not exist: create an empty one first (createdb), then restore into it.`
        : `Cannot connect to ${server}: ${(error as Error).message}`,
    );
  }
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n
       FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
         AND ns.nspname NOT IN ('pg_catalog', 'information_schema') AND ns.nspname NOT LIKE 'pg\\_toast%'
         AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`,
    );
    if (rows[0]!.n > 0) {
      throw new BackupError(
        `Database ${server} is not empty (${rows[0]!.n} tables, views or sequences): restore into a new, empty database.`,
      );
    }
  } finally {
    await client.end();
  }
}

/** Runs pg_dump or pg_restore on the database of the URL; the password goes in the environment, not on the command line. */
function runClientTool(tool: 'pg_dump' | 'pg_restore', args: string[], databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [`--dbname=${url.toString()}`, ...args], {
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new BackupError(
              `${tool} is not installed: install the PostgreSQL client tools of the server's version (Debian: postgresql-client-15).`,
            )
          : error,
      ),
    );
    child.once('exit', (code) => {
      if (code === 0) return resolve();
      reject(new BackupError(`${tool} failed (exit code ${code}):\n${stderr.trim()}`));
    });
  });
}

/** "database on host:port", without the password, for messages. */
function databaseLabel(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.pathname.slice(1)} on ${url.host}`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
