import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { databasePolicy } from '../../api/shared/policy.ts';
import type pg from 'pg';
import {
  adoptBaseline,
  BASELINE,
  BaselineError,
  LAST_COMMIT_WITH_REPLACED,
  REPLACED_BY_BASELINE,
} from '../../db/baseline.ts';
import { migrate } from '../../db/migrate.ts';
import { inRolledBackTransaction, testPool } from '../helpers/db.ts';

const pool = testPool();
afterAll(() => pool.end());

describe('migrations', () => {
  it('applies nothing when the schema is already up to date', async () => {
    const result = await migrate(inject('databaseUrl'), { policy: databasePolicy });
    expect(result).toEqual({ applied: [], functionsApplied: false });
  });

  it('records the baseline as applied', async () => {
    const { rows } = await pool.query<{ name: string }>('SELECT name FROM pgmigrations ORDER BY run_on');
    expect(rows.map((row) => row.name)).toContain(BASELINE);
  });

  // A database from before the baseline holds the names of the migrations it replaces; the test writes them into
  // the migrations table of its own transaction, which it rolls back.
  const withMigrationsTable = (names: readonly string[], check: (client: pg.PoolClient) => Promise<void>) =>
    inRolledBackTransaction(pool, async (client) => {
      await client.query('DELETE FROM pgmigrations');
      for (const name of names)
        await client.query('INSERT INTO pgmigrations (name, run_on) VALUES ($1, now())', [name]);
      await check(client);
    });

  it('records a database that ran every migration the baseline replaces as having run the baseline', async () => {
    await withMigrationsTable(REPLACED_BY_BASELINE, async (client) => {
      expect(await adoptBaseline(client, 'pgmigrations')).toBe(true);
      const { rows } = await client.query<{ name: string }>('SELECT name FROM pgmigrations');
      expect(rows.map((row) => row.name)).toEqual([BASELINE]);
      expect(await adoptBaseline(client, 'pgmigrations')).toBe(false);
    });
  });

  it('refuses a database that stopped part-way before the baseline, naming where it is and the version to start first', async () => {
    await withMigrationsTable(REPLACED_BY_BASELINE.slice(0, 5), async (client) => {
      const refusal = adoptBaseline(client, 'pgmigrations');
      await expect(refusal).rejects.toThrow(BaselineError);
      await expect(refusal).rejects.toThrow(
        new RegExp(`at migration ${REPLACED_BY_BASELINE[4]}.*${REPLACED_BY_BASELINE[5]}.*${LAST_COMMIT_WITH_REPLACED}`),
      );
    });
  });

  it('leaves a new database to the migrations', async () => {
    await withMigrationsTable([], async (client) => {
      expect(await adoptBaseline(client, 'pgmigrations')).toBe(false);
      expect(await adoptBaseline(client, 'no_such_table')).toBe(false);
    });
  });

  it('stores every area polygon as a MultiPolygon in SRID 4326', async () => {
    const { rows } = await pool.query<{ table: string; type: string; srid: number }>(
      `SELECT f_table_name AS table, type, srid FROM geometry_columns
       WHERE f_table_name IN ('municipalities', 'wijken', 'buurten') ORDER BY f_table_name`,
    );
    expect(rows).toEqual([
      { table: 'buurten', type: 'MULTIPOLYGON', srid: 4326 },
      { table: 'municipalities', type: 'MULTIPOLYGON', srid: 4326 },
      { table: 'wijken', type: 'MULTIPOLYGON', srid: 4326 },
    ]);
  });

  it('has a GiST index on every geometry and geography column', async () => {
    const { rows: columns } = await pool.query<{ table: string; column: string }>(
      `SELECT f_table_name AS table, f_geometry_column AS column FROM geometry_columns WHERE f_table_schema = 'public'
       UNION ALL
       SELECT f_table_name, f_geography_column FROM geography_columns WHERE f_table_schema = 'public'`,
    );
    expect(columns.length).toBeGreaterThanOrEqual(6);
    const { rows: indexes } = await pool.query<{ indexdef: string; tablename: string }>(
      `SELECT tablename, indexdef FROM pg_indexes`,
    );
    const unindexed = columns.filter(
      ({ table, column }) =>
        !indexes.some(
          (index) => index.tablename === table && index.indexdef.toLowerCase().includes(`using gist (${column})`),
        ),
    );
    expect(unindexed).toEqual([]);
  });

  it('refuses a buurt code that is not a CBS code', async () => {
    await expect(
      pool.query(
        `INSERT INTO buurten (code, name, wijk_code, municipality_code, geom, area_m2, geometry_source, source_hash)
         SELECT 'XX1', 'x', code, municipality_code, geom, 1, geometry_source, 'x' FROM wijken LIMIT 1`,
      ),
    ).rejects.toMatchObject({ code: '23514' });
  });
});
