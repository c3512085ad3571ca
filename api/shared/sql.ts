import { readFileSync } from 'node:fs';

/**
 * Reads a .sql file that sits next to the calling module, once, at import time.
 * Usage: `const listBuurten = loadSql(import.meta.url, 'sql/list-buurten.sql')`.
 * SQL text only ever comes from these files; request values go in as $1..$n.
 */
export function loadSql(moduleUrl: string, relativePath: string): string {
  return readFileSync(new URL(relativePath, moduleUrl), 'utf8');
}

/** `list-buurten` → `listBuurten`. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/**
 * A module's queries, each read once from `sql/<name>.sql` next to it (see loadSql) and named after its file in
 * camelCase: `loadQueries(import.meta.url, ['list-buurten'])` is `{ listBuurten: '…' }`.
 */
export function loadQueries<const N extends string>(moduleUrl: string, names: readonly N[]) {
  return Object.fromEntries(
    names.map((name) => [
      name.replace(/-(.)/g, (_, next: string) => next.toUpperCase()),
      loadSql(moduleUrl, `sql/${name}.sql`),
    ]),
  ) as { [K in N as CamelCase<K>]: string };
}
