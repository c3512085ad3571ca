import type { ClientBase, Pool, QueryResultRow } from 'pg';

/** Anything that runs a query: the pool, or the client of a transaction (`app.pg.transact`). */
export type Queryable = Pool | ClientBase;

/** The first row a query returns, or null when it returns none. */
export async function firstRow<R extends QueryResultRow>(
  db: Queryable,
  text: string,
  values: unknown[],
): Promise<R | null> {
  return (await db.query<R>(text, values)).rows[0] ?? null;
}
