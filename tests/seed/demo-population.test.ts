import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directionOf, INVENTORY_KINDS } from '../../api/assets/asset-kinds.ts';
import { HOME_LOCATION_CONSENT } from '../../api/me/consent-texts.ts';
import { areaKompas } from '../../api/kompas/kompas.service.ts';
import { DEMO_EMAIL_PATTERN } from '../../api/shared/demo.ts';
import { generateDemo, type DemoResult } from '../../seed/synthetic/generate.ts';
import { TAXONOMY } from '../../seed/taxonomy.ts';
import { inRolledBackTransaction, testPool } from '../helpers/db.ts';

// Every generation here runs inside a transaction that is rolled back: the shared test database keeps no demo rows.
const pool = testPool();
afterAll(() => pool.end());

/** A fingerprint of every demo row (all columns but timestamps and the password hash). */
const DIGEST = `
  SELECT
    (SELECT md5(string_agg(concat_ws('|', id, email, display_name, language, home_buurt_code, ST_AsText(home_location)), E'\\n' ORDER BY id))
     FROM users WHERE email LIKE $1) AS users,
    (SELECT md5(string_agg(concat_ws('|', c.id, c.user_id, c.purpose, c.text_version), E'\\n' ORDER BY c.id))
     FROM consents c JOIN users u ON u.id = c.user_id WHERE u.email LIKE $1) AS consents,
    (SELECT md5(string_agg(concat_ws('|', o.id, o.name, o.kind, o.description, o.tags::text, ST_AsText(o.location), o.buurt_code, o.wijk_code, o.created_by), E'\\n' ORDER BY o.id))
     FROM organisations o JOIN users u ON u.id = o.created_by WHERE u.email LIKE $1) AS organisations,
    (SELECT md5(string_agg(concat_ws('|', m.organisation_id, m.user_id, m.role), E'\\n' ORDER BY m.organisation_id, m.user_id))
     FROM organisation_members m JOIN users u ON u.id = m.user_id WHERE u.email LIKE $1) AS members,
    (SELECT md5(string_agg(concat_ws('|', a.id, a.type, a.kind, a.direction, a.title, a.description, a.tags::text, ST_AsText(a.geom),
                                     a.buurt_code, a.wijk_code, a.owner_user_id, a.owner_organisation_id, a.visibility, a.details::text, a.created_by),
                           E'\\n' ORDER BY a.id))
     FROM assets a JOIN users u ON u.id = a.created_by WHERE u.email LIKE $1) AS assets`;

async function digestOf(options: { seed: number; assets: number }) {
  return inRolledBackTransaction(pool, async (client) => {
    await generateDemo(client, { ...options, replace: true });
    return (await client.query(DIGEST, [DEMO_EMAIL_PATTERN])).rows[0];
  });
}

describe('the demo population generator', () => {
  it('writes the same rows for the same seed, and other rows for another seed', async () => {
    const first = await digestOf({ seed: 7, assets: 1_500 });
    const second = await digestOf({ seed: 7, assets: 1_500 });
    const other = await digestOf({ seed: 8, assets: 1_500 });
    expect(first.assets).toMatch(/^[0-9a-f]{32}$/);
    expect(second).toEqual(first);
    for (const table of Object.keys(first)) expect(other[table], table).not.toBe(first[table]);
  });

  it('replaces an existing demo population cleanly when asked', async () => {
    await inRolledBackTransaction(pool, async (client) => {
      const query = async (text: string, values: unknown[] = []) => (await client.query(text, values)).rows;
      // Rows whose creator was deleted keep created_by NULL: a clean replacement leaves no new ones behind.
      const ORPHANS = `SELECT (SELECT count(*)::int FROM organisations WHERE created_by IS NULL) AS organisations,
                              (SELECT count(*)::int FROM assets WHERE created_by IS NULL) AS assets`;
      const orphansBefore = await query(ORPHANS);
      const first = await generateDemo(client, { seed: 7, assets: 1_500, replace: true });
      const replaced = await generateDemo(client, { seed: 8, assets: 1_500, replace: true });
      if (first.status !== 'generated' || replaced.status !== 'generated')
        throw new Error('expected generated populations');
      expect(replaced.removedResidents).toBe(first.residents);
      const left = await query(
        `SELECT (SELECT count(*)::int FROM users WHERE email LIKE $1) AS residents,
                (SELECT count(*)::int FROM organisations o JOIN users u ON u.id = o.created_by WHERE u.email LIKE $1) AS organisations,
                (SELECT count(*)::int FROM assets a JOIN users u ON u.id = a.created_by WHERE u.email LIKE $1) AS assets`,
        [DEMO_EMAIL_PATTERN],
      );
      expect(left).toEqual([
        { residents: replaced.residents, organisations: replaced.organisations, assets: replaced.assets.total },
      ]);
      expect(await query(ORPHANS)).toEqual(orphansBefore);
    });
  });
});

describe('the standard demo population', () => {
  let client: pg.PoolClient;
  let result: DemoResult;
  const query = async <R extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
    (await client.query<R>(text, values)).rows;

  beforeAll(async () => {
    client = await pool.connect();
    await client.query('BEGIN');
    // replace: a database that already holds a demo population is tested on a fresh one, and gets its own back.
    result = await generateDemo(client, { seed: 1, replace: true });
  });
  afterAll(async () => {
    await client.query('ROLLBACK');
    client.release();
  });

  it('has about 3,000 residents, 300 organisations and 15,000 assets, recognisable by the demo e-mail domain', async () => {
    if (result.status !== 'generated') throw new Error('expected a generated population');
    expect(result.residents).toBe(3_000);
    expect(result.organisations).toBe(300);
    expect(result.assets.total).toBeGreaterThan(14_000);
    expect(result.assets.total).toBeLessThan(17_000);
    expect(result.assets.places).toBeGreaterThan(300);
    expect(result.assets.things).toBeGreaterThan(200);
    expect(result.assets.stories).toBe(80);
    const [counts] = await query<{ residents: number; organisations: number; assets: number }>(
      `SELECT (SELECT count(*)::int FROM users WHERE email LIKE $1) AS residents,
              (SELECT count(*)::int FROM organisations o JOIN users u ON u.id = o.created_by WHERE u.email LIKE $1) AS organisations,
              (SELECT count(*)::int FROM assets a JOIN users u ON u.id = a.created_by WHERE u.email LIKE $1) AS assets`,
      [DEMO_EMAIL_PATTERN],
    );
    expect(counts).toEqual({ residents: 3_000, organisations: 300, assets: result.assets.total });
  });

  it('spreads residents over the buurten in proportion to their wijk’s CBS inhabitants and their own area', async () => {
    // The exact share of each buurt: the wijk's share of the city's inhabitants, split over its buurten by area.
    const rows = await query<{ code: string; residents: number; exact: number }>(
      `WITH shares AS (
         SELECT b.code, coalesce(f.inhabitants, 0) * b.area_m2 / sum(b.area_m2) OVER (PARTITION BY b.wijk_code) AS weight
         FROM buurten b LEFT JOIN wijk_key_figures f ON f.wijk_code = b.wijk_code AND f.year = 2024
       )
       SELECT s.code, (SELECT count(*)::int FROM users u WHERE u.home_buurt_code = s.code AND u.email LIKE $1) AS residents,
              3000 * s.weight / sum(s.weight) OVER () AS exact
       FROM shares s`,
      [DEMO_EMAIL_PATTERN],
    );
    expect(rows).toHaveLength(251);
    for (const row of rows) expect(Math.abs(row.residents - row.exact), row.code).toBeLessThan(1);

    const [wijken] = await query<{ correlation: number }>(
      `SELECT corr(f.inhabitants, r.residents) AS correlation
       FROM wijk_key_figures f
       JOIN (SELECT b.wijk_code, count(u.id) AS residents FROM buurten b
             LEFT JOIN users u ON u.home_buurt_code = b.code AND u.email LIKE $1 GROUP BY b.wijk_code) r ON r.wijk_code = f.wijk_code
       WHERE f.year = 2024`,
      [DEMO_EMAIL_PATTERN],
    );
    expect(wijken!.correlation).toBeGreaterThan(0.99);
  });

  it('gives about 70% of residents a home point inside their home buurt, with a consent to the current text', async () => {
    const [homes] = await query<{
      residents: number;
      with_home: number;
      outside: number;
      consents: number;
      wrong_consents: number;
    }>(
      `SELECT count(*)::int AS residents,
              count(u.home_location)::int AS with_home,
              count(*) FILTER (WHERE u.home_location IS NOT NULL AND NOT ST_Contains(b.geom, u.home_location::geometry))::int AS outside,
              (SELECT count(*)::int FROM consents c JOIN users v ON v.id = c.user_id
               WHERE v.email LIKE $1 AND c.purpose = 'home_location' AND c.text_version = $2 AND c.withdrawn_at IS NULL) AS consents,
              count(*) FILTER (WHERE (u.home_location IS NOT NULL) <> EXISTS (SELECT 1 FROM consents c WHERE c.user_id = u.id))::int AS wrong_consents
       FROM users u JOIN buurten b ON b.code = u.home_buurt_code
       WHERE u.email LIKE $1`,
      [DEMO_EMAIL_PATTERN, HOME_LOCATION_CONSENT.version],
    );
    expect(homes!.residents).toBe(3_000);
    expect(homes!.with_home / homes!.residents).toBeGreaterThan(0.65);
    expect(homes!.with_home / homes!.residents).toBeLessThan(0.75);
    expect(homes!.outside).toBe(0);
    expect(homes!.consents).toBe(homes!.with_home);
    expect(homes!.wrong_consents).toBe(0);
  });

  it('puts every organisation, place and story inside the buurt and wijk it names', async () => {
    const misplaced = await query(
      `SELECT o.name AS what FROM organisations o JOIN users u ON u.id = o.created_by JOIN buurten b ON b.code = o.buurt_code
       WHERE u.email LIKE $1 AND (NOT ST_Contains(b.geom, o.location) OR o.wijk_code <> b.wijk_code)
       UNION ALL
       SELECT a.title FROM assets a JOIN users u ON u.id = a.created_by JOIN buurten b ON b.code = a.buurt_code
       WHERE u.email LIKE $1 AND a.type IN ('place', 'story') AND (a.geom IS NULL OR NOT ST_CoveredBy(a.geom, b.geom) OR a.wijk_code <> b.wijk_code)`,
      [DEMO_EMAIL_PATTERN],
    );
    expect(misplaced).toEqual([]);
  });

  it('stores valid geometries: points, loop routes and parks, and none for residents’ own items', async () => {
    const shapes = await query<{ type: string; shape: string | null; n: number; invalid: number }>(
      `SELECT a.type, ST_GeometryType(a.geom) AS shape, count(*)::int AS n, count(*) FILTER (WHERE NOT ST_IsValid(a.geom))::int AS invalid
       FROM assets a JOIN users u ON u.id = a.created_by WHERE u.email LIKE $1 GROUP BY 1, 2 ORDER BY 1, 2`,
      [DEMO_EMAIL_PATTERN],
    );
    expect(shapes.every((row) => row.invalid === 0)).toBe(true);
    const kinds = shapes.map((row) => `${row.type}:${row.shape ?? 'none'}`);
    expect(kinds).toEqual([
      'inventory:none',
      'organisation-item:none',
      'place:ST_LineString',
      'place:ST_Point',
      'place:ST_Polygon',
      'story:ST_Point',
      'thing:none',
    ]);
  });

  it('places an approximate story at its buurt’s point on surface', async () => {
    const rows = await query<{ approximate: number; off: number }>(
      `SELECT count(*)::int AS approximate, count(*) FILTER (WHERE NOT ST_Equals(a.geom, ST_PointOnSurface(b.geom)))::int AS off
       FROM assets a JOIN users u ON u.id = a.created_by JOIN buurten b ON b.code = a.buurt_code
       WHERE u.email LIKE $1 AND a.type = 'story' AND a.details @> '{"approximate": true}'`,
      [DEMO_EMAIL_PATTERN],
    );
    expect(rows[0]!.approximate).toBeGreaterThan(10);
    expect(rows[0]!.off).toBe(0);
  });

  it('uses only tags of the taxonomy', async () => {
    const taxonomy = new Set(TAXONOMY.flatMap((domain) => domain.tags.map(([key]) => key)));
    const used = await query<{ tag: string }>(
      `SELECT DISTINCT tag FROM (
         SELECT unnest(o.tags) AS tag FROM organisations o JOIN users u ON u.id = o.created_by WHERE u.email LIKE $1
         UNION ALL
         SELECT unnest(a.tags) FROM assets a JOIN users u ON u.id = a.created_by WHERE u.email LIKE $1
       ) t ORDER BY tag`,
      [DEMO_EMAIL_PATTERN],
    );
    expect(used.length).toBeGreaterThan(60);
    expect(used.map((row) => row.tag).filter((tag) => !taxonomy.has(tag))).toEqual([]);
  });

  it('gives every resident 2 to 8 inventory items, each with the direction of its kind and 1 to 3 tags', async () => {
    const [sizes] = await query<{ fewest: number; most: number }>(
      `SELECT min(n)::int AS fewest, max(n)::int AS most FROM (
         SELECT count(a.id) AS n FROM users u LEFT JOIN assets a ON a.owner_user_id = u.id AND a.type = 'inventory'
         WHERE u.email LIKE $1 GROUP BY u.id) s`,
      [DEMO_EMAIL_PATTERN],
    );
    expect(sizes).toEqual({ fewest: 2, most: 8 });
    const kinds = await query<{
      kind: string;
      direction: string;
      fewest_tags: number;
      most_tags: number;
      misplaced: number;
    }>(
      `SELECT a.kind, a.direction, min(cardinality(a.tags))::int AS fewest_tags, max(cardinality(a.tags))::int AS most_tags,
              count(*) FILTER (WHERE a.buurt_code IS DISTINCT FROM u.home_buurt_code OR a.geom IS NOT NULL)::int AS misplaced
       FROM assets a JOIN users u ON u.id = a.owner_user_id
       WHERE u.email LIKE $1 AND a.type = 'inventory' GROUP BY 1, 2`,
      [DEMO_EMAIL_PATTERN],
    );
    expect(kinds.map((row) => row.kind).sort()).toEqual(Object.keys(INVENTORY_KINDS).sort());
    for (const row of kinds) {
      expect(row.direction, row.kind).toBe(directionOf('inventory', row.kind));
      expect(row.fewest_tags).toBeGreaterThanOrEqual(1);
      expect(row.most_tags).toBeLessThanOrEqual(3);
      expect(row.misplaced).toBe(0);
    }
  });

  it('names in every "group" item an organisation of the demo that the resident is a member of', async () => {
    const [groups] = await query<{ items: number; unmatched: number }>(
      `SELECT count(*)::int AS items,
              count(*) FILTER (WHERE NOT EXISTS (
                SELECT 1 FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id
                WHERE m.user_id = a.owner_user_id AND right(a.title, length(o.name) + 1) = ' ' || o.name))::int AS unmatched
       FROM assets a JOIN users u ON u.id = a.owner_user_id
       WHERE u.email LIKE $1 AND a.type = 'inventory' AND a.kind = 'group'`,
      [DEMO_EMAIL_PATTERN],
    );
    expect(groups!.items).toBeGreaterThan(500);
    expect(groups!.unmatched).toBe(0);
  });

  it('gives every organisation one owner among the residents, members, and 1 to 4 items of its own', async () => {
    const rows = await query<{ owners: number; members: number; items: number; owner_is_creator: boolean }>(
      `SELECT count(*) FILTER (WHERE m.role = 'owner')::int AS owners, count(*) FILTER (WHERE m.role = 'member')::int AS members,
              (SELECT count(*)::int FROM assets a WHERE a.owner_organisation_id = o.id AND a.type = 'organisation-item') AS items,
              bool_or(m.role = 'owner' AND m.user_id = o.created_by) AS owner_is_creator
       FROM organisations o JOIN users u ON u.id = o.created_by JOIN organisation_members m ON m.organisation_id = o.id
       WHERE u.email LIKE $1 GROUP BY o.id`,
      [DEMO_EMAIL_PATTERN],
    );
    expect(rows).toHaveLength(300);
    for (const row of rows) {
      expect(row.owners).toBe(1);
      expect(row.owner_is_creator).toBe(true);
      expect(row.items).toBeGreaterThanOrEqual(1);
      expect(row.items).toBeLessThanOrEqual(4);
    }
    expect(rows.reduce((sum, row) => sum + row.members, 0)).toBeGreaterThan(1_500);
  });

  it('has a connector for one wijk who made introductions there, in every state, through the real rules', async () => {
    if (result.status !== 'generated') throw new Error('expected a generated population');
    expect(result.connector).toMatchObject({ wijkCode: expect.stringMatching(/^WK0855/), introductions: 10 });
    const rows = await query<{ status: string; n: number; in_wijk: boolean; messages: number }>(
      `SELECT i.status, count(*)::int AS n, bool_and(b.wijk_code = ca.wijk_code) AS in_wijk,
              sum((SELECT count(*) FROM introduction_messages m WHERE m.introduction_id = i.id))::int AS messages
       FROM introductions i
       JOIN users u ON u.id = i.requested_by
       JOIN connector_areas ca ON ca.user_id = u.id
       JOIN buurten b ON b.code = i.buurt_code
       WHERE u.email = $1 AND i.by_connector
       GROUP BY i.status ORDER BY i.status`,
      [result.connector!.connectorEmail],
    );
    expect(rows).toEqual([
      { status: 'accepted', n: 3, in_wijk: true, messages: 3 },
      { status: 'asked', n: 3, in_wijk: true, messages: 0 },
      { status: 'declined', n: 2, in_wijk: true, messages: 0 },
      { status: 'met', n: 2, in_wijk: true, messages: 2 },
    ]);
  });

  it('has a published buurtagenda for the connector’s wijk: items from its buurtscan, evidence, and pledges by their owners', async () => {
    if (result.status !== 'generated') throw new Error('expected a generated population');
    expect(result.agenda).toMatchObject({ wijkCode: result.connector!.wijkCode, items: 3 });
    const items = await query<{
      theme: string;
      ambition: string;
      description: string;
      status: string;
      indicator: string | null;
      pledges: number;
      owned: boolean;
      supports: number;
      versions: number;
    }>(
      `SELECT i.theme, i.ambition, i.description, i.status,
              (SELECT e.indicator_key FROM agenda_evidence e WHERE e.item_id = i.id AND e.kind = 'indicator') AS indicator,
              (SELECT count(*)::int FROM agenda_pledges p WHERE p.item_id = i.id) AS pledges,
              -- Every pledge by its owner: the resident whose asset it is, or a member of the organisation.
              (SELECT bool_and(coalesce(s.owner_user_id = p.pledged_by, false)
                               OR EXISTS (SELECT 1 FROM organisation_members m
                                          WHERE m.user_id = p.pledged_by AND m.organisation_id IN (p.organisation_id, s.owner_organisation_id)))
               FROM agenda_pledges p LEFT JOIN assets s ON s.id = p.asset_id WHERE p.item_id = i.id) AS owned,
              (SELECT count(*)::int FROM agenda_supports x WHERE x.item_id = i.id) AS supports,
              (SELECT count(*)::int FROM agenda_item_versions v WHERE v.item_id = i.id) AS versions
       FROM agenda_items i JOIN agendas a ON a.id = i.agenda_id
       WHERE a.id = $1 AND a.status = 'published' ORDER BY i.created_at`,
      [result.agenda!.id],
    );
    expect(items.map((item) => item.status)).toEqual(['under-way', 'agreed', 'idea']);
    expect(items.map((item) => item.versions)).toEqual([3, 2, 1]);
    // Each item rests on an indicator of the wijk's buurtscan, and the first on a CBS figure.
    const [figure] = await query<{ family: string }>('SELECT family FROM indicators WHERE key = $1', [
      items[0]!.indicator,
    ]);
    expect(figure!.family).toBe('figures');
    for (const item of items) {
      expect(item.indicator).not.toBeNull();
      expect(item.pledges).toBeGreaterThanOrEqual(1);
      expect(item.owned).toBe(true);
      expect(item.supports).toBeGreaterThanOrEqual(1);
    }
    // Each item's words fit its figure: on a figure better than Tilburg's it builds on that ("meer … dan
    // gemiddeld") and never asks for more (no call for more connectors where there are far more); on one worse or
    // merely descriptive it never claims more than average.
    const kompas = (await areaKompas(client, 'wijk', result.agenda!.wijkCode, 'nl'))!;
    const scored = kompas.quarters.flatMap((quarter) => quarter.themes.flatMap((theme) => theme.indicators));
    for (const item of items) {
      const indicator = scored.find((candidate) => candidate.key === item.indicator)!;
      expect(indicator.class).not.toBe('average');
      const better = indicator.assessment === 'better' || indicator.assessment === 'much-better';
      if (better) expect(item.description, indicator.key).toMatch(/meer .* dan gemiddeld/);
      else expect(item.description, indicator.key).not.toMatch(/meer .* dan gemiddeld/);
      if (better) expect(item.ambition, indicator.key).not.toBe('In elke buurt van de wijk een verbinder');
    }
  });

  it('tells no story twice in a wijk, and no observation twice: a wijk’s profile lists none double', async () => {
    const doubled = await query<{ wijk: string; text: string; n: number }>(
      `SELECT a.wijk_code AS wijk, a.title AS text, count(*)::int AS n
       FROM assets a JOIN users u ON u.id = a.created_by
       WHERE a.type = 'story' AND u.email LIKE $1 GROUP BY 1, 2 HAVING count(*) > 1
       UNION ALL
       SELECT b.wijk_code, o.body, count(*)::int
       FROM observations o JOIN buurten b ON b.code = o.buurt_code JOIN users u ON u.id = o.user_id
       WHERE u.email LIKE $1 GROUP BY 1, 2 HAVING count(*) > 1`,
      [DEMO_EMAIL_PATTERN],
    );
    expect(doubled).toEqual([]);
  });

  it('has a past and a current survey round, with wijken above and below the thresholds', async () => {
    if (result.status !== 'generated') throw new Error('expected a generated population');
    expect(result.surveyAnswers).toBeGreaterThan(100);
    const perWijk = await query<{ title: string; n: number }>(
      `SELECT r.title, count(*)::int AS n FROM survey_answers a JOIN survey_rounds r ON r.id = a.round_id JOIN buurten b ON b.code = a.buurt_code
       JOIN users u ON u.id = r.opened_by WHERE u.email LIKE $1 GROUP BY r.title, b.wijk_code`,
      [DEMO_EMAIL_PATTERN],
    );
    const current = perWijk.filter((row) => row.title.endsWith('dit jaar')).map((row) => row.n);
    expect(perWijk.some((row) => row.title.endsWith('vorig jaar'))).toBe(true);
    expect(current.some((n) => n < 5)).toBe(true);
    expect(current.some((n) => n >= 5 && n < 10)).toBe(true);
    expect(current.some((n) => n >= 10)).toBe(true);
    const [grades] = await query<{ low: number; high: number }>(
      'SELECT min(least(physical, social, nuisance, safety, overall))::int AS low, max(greatest(physical, social, nuisance, safety, overall))::int AS high FROM survey_answers',
    );
    expect(grades!.low).toBeGreaterThanOrEqual(1);
    expect(grades!.high).toBeLessThanOrEqual(10);
  });

  it('has "goes well / could be better" pins inside their buurten, written by demo residents of that buurt', async () => {
    if (result.status !== 'generated') throw new Error('expected a generated population');
    expect(result.observations).toBeGreaterThan(50);
    const [check] = await query<{ outside: number; kinds: number; strangers: number }>(
      `SELECT count(*) FILTER (WHERE NOT ST_Intersects(b.geom, o.location))::int AS outside,
              count(DISTINCT o.kind)::int AS kinds,
              count(*) FILTER (WHERE u.home_buurt_code <> o.buurt_code)::int AS strangers
       FROM observations o JOIN buurten b ON b.code = o.buurt_code JOIN users u ON u.id = o.user_id
       WHERE u.email LIKE $1`,
      [DEMO_EMAIL_PATTERN],
    );
    expect(check).toEqual({ outside: 0, kinds: 2, strangers: 0 });
  });

  it('leaves an existing demo population alone', async () => {
    expect(await generateDemo(client, { seed: 1 })).toEqual({ status: 'present', residents: 3_000 });
  });
});
