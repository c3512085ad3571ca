import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { databasePolicy } from '../../api/shared/policy.ts';
import { applyFunctions, policySql } from '../../db/functions.ts';

// The functions, views and triggers of db/functions, applied after the migrations (global setup already did).
const clients: pg.Client[] = [];
async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  clients.push(client);
  return client;
}
afterAll(() => Promise.all(clients.map((client) => client.end())));

describe('db/functions', () => {
  it('makes the policy functions from the policy of api/shared/policy.ts', async () => {
    const client = await connect();
    const { rows } = await client.query(
      `SELECT people_cell_size() AS cell, policy_k_anonymity() AS k,
              extract(day FROM policy_counted_account_min_age())::int AS min_age_days,
              (extract(year FROM policy_stale_after()) * 12 + extract(month FROM policy_stale_after()))::int
                AS stale_months`,
    );
    expect(rows[0]).toEqual({
      cell: databasePolicy.cellSizeM,
      k: databasePolicy.kAnonymity,
      min_age_days: databasePolicy.countedAccountMinAgeDays,
      stale_months: databasePolicy.staleAfterMonths,
    });
  });

  it('applies nothing when the database already holds these definitions, and everything when forced', async () => {
    const client = await connect();
    expect(await applyFunctions(client, databasePolicy, { force: false })).toBe(false);
    expect(await applyFunctions(client, databasePolicy, { force: true })).toBe(true);
    expect(await applyFunctions(client, databasePolicy, { force: false })).toBe(false);
  });

  it('counts the kompas again when applied, so counts made by an older definition do not stay', async () => {
    const client = await connect();
    await client.query(
      `INSERT INTO kompas_counts (area_type, area_code, what, n) VALUES ('buurt', 'BU-OLD', 'talent', 7)`,
    );
    await applyFunctions(client, databasePolicy, { force: true });
    const { rows } = await client.query(`SELECT * FROM kompas_counts WHERE area_code = 'BU-OLD'`);
    expect(rows).toEqual([]);
  });

  it('lets two processes apply at once: one waits for the other, both succeed', async () => {
    const [first, second] = await Promise.all([connect(), connect()]);
    const apply = (client: pg.Client) => applyFunctions(client, databasePolicy, { force: true });
    expect(await Promise.all([first, second].map(apply))).toEqual([true, true]);
  });

  it('refuses a policy value that is not a whole number of at least 1', () => {
    expect(() => policySql({ ...databasePolicy, kAnonymity: 0 })).toThrow(/kAnonymity/);
    expect(() => policySql({ ...databasePolicy, cellSizeM: 2.5 })).toThrow(/cellSizeM/);
  });
});
