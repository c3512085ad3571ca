import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleParameters } from '../../api/suggestions/rules.ts';
import { loadSql } from '../../api/shared/sql.ts';
import { generateDemo } from '../../seed/synthetic/generate.ts';
import { testPool } from '../helpers/db.ts';

// The suggestion queries on a seeded city (in a transaction rolled back at the end) use the indexes: the suggestion
// index (GIN) for residents' items, GiST for places and organisations nearby, never a scan of a whole table.
const candidatesSql = loadSql(new URL('../../api/suggestions/', import.meta.url).href, 'sql/suggestion-candidates.sql');
const pool = testPool();
let client: pg.PoolClient;

beforeAll(async () => {
  client = await pool.connect();
  await client.query('BEGIN');
  await generateDemo(client, { seed: 5, assets: 30_000, replace: true });
  await client.query('ANALYZE assets, organisations, users');
}, 180_000);

afterAll(async () => {
  await client.query('ROLLBACK');
  client.release();
  await pool.end();
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

async function planOf(subject: 'resident' | 'organisation', id: string, fit: 'tag' | 'domain' | 'auto') {
  const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (FORMAT JSON) ${candidatesSql}`, [
    subject,
    id,
    id,
    1000,
    ...ruleParameters(),
    fit === 'auto' ? null : fit === 'tag',
    20,
  ]);
  return nodes(rows[0]!['QUERY PLAN'][0].Plan);
}

describe('the suggestion queries use the indexes', () => {
  it.each(['tag', 'domain', 'auto'] as const)('for a resident (%s fits)', async (fit) => {
    const [resident] = (
      await client.query<{ id: string }>(
        `SELECT u.id FROM users u WHERE u.home_location IS NOT NULL
         AND (SELECT count(*) FROM assets a WHERE a.owner_user_id = u.id) >= 3 ORDER BY u.id LIMIT 1`,
      )
    ).rows;
    const plan = await planOf('resident', resident!.id, fit);
    const scans = plan.filter((node) => node['Relation Name'] === 'assets' || node['Relation Name'] === 'organisations' || node['Relation Name'] === 'users');
    expect(scans.filter((node) => node['Node Type'] === 'Seq Scan').map((node) => node['Relation Name'])).toEqual([]);
    // Index Name: on index scans, and on the bitmap index scans under a bitmap heap scan.
    const indexes = new Set(plan.map((node) => node['Index Name']).filter(Boolean));
    expect(indexes).toContain('assets_suggestion_keys_gin');
    expect(indexes).toContain('organisations_location_geography_gist');
  });

  it('for an organisation', async () => {
    const [organisation] = (
      await client.query<{ id: string }>(
        `SELECT o.id FROM organisations o WHERE o.location IS NOT NULL
         AND EXISTS (SELECT 1 FROM assets a WHERE a.owner_organisation_id = o.id AND a.kind = 'space') ORDER BY o.id LIMIT 1`,
      )
    ).rows;
    const plan = await planOf('organisation', organisation!.id, 'domain');
    const scans = plan.filter((node) => node['Relation Name'] === 'assets' || node['Relation Name'] === 'organisations');
    expect(scans.filter((node) => node['Node Type'] === 'Seq Scan').map((node) => node['Relation Name'])).toEqual([]);
    const indexes = new Set(plan.map((node) => node['Index Name']).filter(Boolean));
    expect(indexes).toContain('assets_place_geography_gist');
    expect(indexes).toContain('organisations_location_geography_gist');
  });
});
