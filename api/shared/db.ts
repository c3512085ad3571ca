import type { ClientBase, Pool, QueryResultRow } from 'pg';

/** Anything that runs a query: the pool, or the client of a transaction (`app.pg.transact`). */
export type Queryable = Pool | ClientBase;

/**
 * The row of a query that names its columns as the API type `T` names its fields (`display_name AS "displayName"`):
 * `T` as it is, but for its timestamps `Dates`, which pg gives as Dates and the API sends as ISO text.
 */
export type RowOf<T, Dates extends keyof T = never> = Omit<T, Dates> & { [K in Dates]: Date | Extract<T[K], null> };

/** The first row a query returns, or null when it returns none. */
export async function firstRow<R extends QueryResultRow>(
  db: Queryable,
  text: string,
  values: unknown[],
): Promise<R | null> {
  return (await db.query<R>(text, values)).rows[0] ?? null;
}
