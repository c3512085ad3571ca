import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, ruleParameters } from '../../api/suggestions/rules.ts';
import { generateDemo } from '../../seed/synthetic/generate.ts';
import { testPool } from '../helpers/db.ts';

// The suggestion queries on a seeded city (in a transaction rolled back at the end) use the indexes: the suggestion
// index (GIN) for residents' items, GiST for places and organisations nearby, never a scan of a whole table.
// The query is the body of the function suggestion_candidates, read from the database as it is installed there; the
// function runs it with its generic plan (planned once per session), which is checked as well as the plans for each
// subject.
const pool = testPool();
let client: pg.PoolClient;
let candidatesSql: string;
const PARAMETER_TYPES = 'text, uuid, uuid, float8, text[], text[], text[], text[], text[], text[], boolean, integer';

beforeAll(async () => {
  client = await pool.connect();
  await client.query('BEGIN');
  await generateDemo(client, { seed: 5, assets: 30_000, replace: true });
  await client.query('ANALYZE assets, organisations, users');
  const { rows } = await client.query<{ body: string }>(
    `SELECT prosrc AS body FROM pg_proc WHERE proname = 'suggestion_candidates'`,
  );
  candidatesSql = /RETURN QUERY\s+([\s\S]*);\s*END\s*$/.exec(rows[0]!.body)![1]!;
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

function literal(value: unknown): string {
  if (value === null) return 'NULL';
  if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(', ')}]::text[]`;
  return typeof value === 'string' ? client.escapeLiteral(value) : String(value);
}

/** The plan for these parameters (custom), or the generic plan the function uses, executed with them. */
async function planOf(
  subject: 'resident' | 'organisation',
  id: string,
  fit: 'tag' | 'domain' | 'auto',
  plan: 'custom' | 'generic',
) {
  const values = [subject, id, id, 1000, ...ruleParameters(), fit === 'auto' ? null : fit === 'tag', 20];
  let text = `EXPLAIN (FORMAT JSON) ${candidatesSql}`;
  if (plan === 'generic') {
    await client.query('SET LOCAL plan_cache_mode = force_generic_plan');
    await client.query(`PREPARE candidates_plan (${PARAMETER_TYPES}) AS ${candidatesSql}`);
    // EXPLAIN EXECUTE takes no bind parameters: the values are written out as literals.
    text = `EXPLAIN (FORMAT JSON) EXECUTE candidates_plan (${values.map(literal).join(', ')})`;
  }
  try {
    const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(text, plan === 'generic' ? [] : values);
    return nodes(rows[0]!['QUERY PLAN'][0].Plan);
  } finally {
    if (plan === 'generic') await client.query('DEALLOCATE candidates_plan; RESET plan_cache_mode');
  }
}

describe('the suggestion queries use the indexes', () => {
  it('the index keys items by the roles of rules.ts', async () => {
    const pairs = Object.entries(ROLES).flatMap(([type, kinds]) =>
      Object.entries(kinds).map(([kind, role]) => ({ type, kind, role: role as string | null })),
    );
    // Kinds that take part in no rule get no role, so no keys.
    pairs.push(
      { type: 'inventory', kind: 'dream', role: null },
      { type: 'place', kind: 'garden', role: null },
      { type: 'story', kind: 'story', role: null },
    );
    const { rows } = await client.query<{ type: string; kind: string; role: string | null }>(
      'SELECT p.type, p.kind, suggestion_role(p.type, p.kind) AS role FROM unnest($1::text[], $2::text[]) AS p (type, kind)',
      [pairs.map((p) => p.type), pairs.map((p) => p.kind)],
    );
    expect(rows).toEqual(pairs);
    const keys = await client.query<{ keys: string[] }>(
      `SELECT suggestion_keys('inventory', 'gift-hands', ARRAY['cooking'], ST_SetSRID(ST_MakePoint(5.08, 51.56), 4326)::geography, 'BU08550001') AS keys
       UNION ALL SELECT suggestion_keys('inventory', 'dream', ARRAY['cooking'], NULL, 'BU08550001')`,
    );
    expect(keys.rows.map((row) => row.keys)).toEqual([['teach:cooking@352,5728', 'teach:cooking#BU08550001'], []]);
  });

  it('the function is planned once, generically', async () => {
    const { rows } = await client.query<{ config: string[] }>(
      `SELECT proconfig AS config FROM pg_proc WHERE proname = 'suggestion_candidates'`,
    );
    expect(rows[0]!.config).toEqual(['plan_cache_mode=force_generic_plan']);
  });

  it.each([
    ['tag', 'custom'],
    ['domain', 'custom'],
    ['auto', 'custom'],
    ['auto', 'generic'],
    ['domain', 'generic'],
  ] as const)('for a resident (%s fits, %s plan)', async (fit, kind) => {
    const [resident] = (
      await client.query<{ id: string }>(
        `SELECT u.id FROM users u WHERE u.home_location IS NOT NULL
         AND (SELECT count(*) FROM assets a WHERE a.owner_user_id = u.id) >= 3 ORDER BY u.id LIMIT 1`,
      )
    ).rows;
    const plan = await planOf('resident', resident!.id, fit, kind);
    const scans = plan.filter(
      (node) =>
        node['Relation Name'] === 'assets' ||
        node['Relation Name'] === 'organisations' ||
        node['Relation Name'] === 'users',
    );
    expect(scans.filter((node) => node['Node Type'] === 'Seq Scan').map((node) => node['Relation Name'])).toEqual([]);
    // Index Name: on index scans, and on the bitmap index scans under a bitmap heap scan.
    const indexes = new Set(plan.map((node) => node['Index Name']).filter(Boolean));
    expect(indexes).toContain('assets_suggestion_keys_gin');
    expect(indexes).toContain('organisations_location_geography_gist');
  });

  it.each(['custom', 'generic'] as const)('for an organisation (%s plan)', async (kind) => {
    const [organisation] = (
      await client.query<{ id: string }>(
        `SELECT o.id FROM organisations o WHERE o.location IS NOT NULL
         AND EXISTS (SELECT 1 FROM assets a WHERE a.owner_organisation_id = o.id AND a.kind = 'space') ORDER BY o.id LIMIT 1`,
      )
    ).rows;
    const plan = await planOf('organisation', organisation!.id, 'domain', kind);
    const scans = plan.filter(
      (node) => node['Relation Name'] === 'assets' || node['Relation Name'] === 'organisations',
    );
    expect(scans.filter((node) => node['Node Type'] === 'Seq Scan').map((node) => node['Relation Name'])).toEqual([]);
    const indexes = new Set(plan.map((node) => node['Index Name']).filter(Boolean));
    expect(indexes).toContain('assets_place_geography_gist');
    expect(indexes).toContain('organisations_location_geography_gist');
  });
});
