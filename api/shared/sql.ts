import { readFileSync } from 'node:fs';

/**
 * Reads a .sql file that sits next to the calling module, once, at import time.
 * Usage: `const listBuurten = loadSql(import.meta.url, 'sql/list-buurten.sql')`.
 * SQL text only ever comes from these files; request values go in as $1..$n.
 */
export function loadSql(moduleUrl: string, relativePath: string): string {
  return readFileSync(new URL(relativePath, moduleUrl), 'utf8');
}
