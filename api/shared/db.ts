import type { ClientBase, Pool } from 'pg';

/** Anything that runs a query: the pool, or the client of a transaction (`app.pg.transact`). */
export type Queryable = Pool | ClientBase;
