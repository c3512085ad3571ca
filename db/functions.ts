import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type pg from 'pg';

/** The privacy and freshness rules that functions, views and triggers use; api/shared/policy.ts gives the values. */
export interface DatabasePolicy {
  kAnonymity: number;
  countedAccountMinAgeDays: number;
  cellSizeM: number;
  staleAfterMonths: number;
}

const functionsDir = new URL('./functions/', import.meta.url);

/**
 * The files of db/functions in the order they are applied: each may use what the files before it define. Each holds
 * the current definition of its functions, views and triggers as CREATE OR REPLACE. What these cannot do is a
 * migration's: dropping a function, view or trigger that is no longer wanted, and a view whose columns change or go
 * (DROP VIEW … CASCADE in the migration; the file then creates it anew).
 */
const FUNCTION_FILES = [
  'statement-triggers.sql',
  'map-audiences.sql',
  'home-cells.sql',
  'map-people.sql',
  'suggestion-keys.sql',
  'owner-locations.sql',
  'suggestion-anchor.sql',
  'asset-visible-to.sql',
  'suggestion-candidates.sql',
  'introductions-drop-orphans.sql',
  'agenda-access.sql',
  'uncounted-residents.sql',
  'kompas-counts.sql',
  'indicator-views.sql',
  'introduction-other-side.sql',
  'notification-mail-kind.sql',
] as const;

/**
 * The policy as SQL functions, applied before the files. IMMUTABLE with a constant body, so the planner folds each
 * call into its value. A new cell size applies to homes as they are next written.
 */
export function policySql(policy: DatabasePolicy): string {
  for (const [name, value] of Object.entries(policy)) {
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`The database policy's ${name} must be a whole number of at least 1, not ${value}`);
    }
  }
  const constant = (name: string, type: string, value: string) =>
    `CREATE OR REPLACE FUNCTION ${name}() RETURNS ${type} LANGUAGE sql IMMUTABLE PARALLEL SAFE\n` +
    `  AS $$ SELECT ${value} $$;\n`;
  return [
    constant('people_cell_size', 'integer', String(policy.cellSizeM)),
    constant('policy_k_anonymity', 'integer', String(policy.kAnonymity)),
    constant('policy_counted_account_min_age', 'interval', `make_interval(days => ${policy.countedAccountMinAgeDays})`),
    constant('policy_stale_after', 'interval', `make_interval(months => ${policy.staleAfterMonths})`),
  ].join('');
}

function readFunctionFiles(): { name: string; sql: string }[] {
  const listed = new Set<string>(FUNCTION_FILES);
  const unlisted = readdirSync(functionsDir).filter((name) => name.endsWith('.sql') && !listed.has(name));
  if (unlisted.length > 0) {
    throw new Error(`db/functions holds files FUNCTION_FILES (db/functions.ts) does not list: ${unlisted.join(', ')}`);
  }
  return FUNCTION_FILES.map((name) => ({ name, sql: readFileSync(new URL(name, functionsDir), 'utf8') }));
}

/**
 * Which file of db/functions defines each function and view (by name), so that db/schema.sql can point there instead
 * of printing the same body a second time.
 */
export function functionFileDefining(): Map<string, string> {
  const defining = new Map<string, string>();
  for (const file of readFunctionFiles()) {
    for (const match of file.sql.matchAll(/^CREATE OR REPLACE (?:FUNCTION|VIEW) (\w+)/gm)) {
      defining.set(match[1]!, `db/functions/${file.name}`);
    }
  }
  return defining;
}

/**
 * Applies the policy functions and db/functions, in one transaction under an advisory lock (two servers starting at
 * once against one database take turns), unless the database already holds exactly these (by checksum) and `force`
 * is false. Migrations may replace functions with older versions, so after any migration the caller forces.
 * Returns whether anything was applied.
 */
export async function applyFunctions(
  client: pg.ClientBase,
  policy: DatabasePolicy,
  options: { force: boolean },
): Promise<boolean> {
  const parts = [{ name: 'policy', sql: policySql(policy) }, ...readFunctionFiles()];
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.name}\0${part.sql}\0`);
  const checksum = hash.digest('hex');
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('krachtkaart:db/functions'))`);
    const { rows } = await client.query<{ checksum: string }>('SELECT checksum FROM database_functions');
    if (!options.force && rows[0]?.checksum === checksum) {
      await client.query('COMMIT');
      return false;
    }
    for (const part of parts) {
      try {
        await client.query(part.sql);
      } catch (error) {
        throw new Error(`db/functions/${part.name}: ${(error as Error).message}`, { cause: error });
      }
    }
    await client.query(
      `INSERT INTO database_functions (checksum) VALUES ($1)
       ON CONFLICT (only_row) DO UPDATE SET checksum = excluded.checksum, applied_at = now()`,
      [checksum],
    );
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
