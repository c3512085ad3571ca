import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` in one transaction on a connection of the pool: committed when it resolves, rolled back when it throws,
 * so a failed multi-statement write leaves nothing half-written. Services open transactions; repositories take the
 * client as their `Queryable`.
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    // A connection that cannot even roll back is broken: hand it back as such, so the pool discards it.
    const rollbackFailed = await client.query('ROLLBACK').then(
      () => undefined,
      (rollbackError: Error) => rollbackError,
    );
    client.release(rollbackFailed);
    throw error;
  }
}
