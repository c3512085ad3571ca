import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assetsRepository,
  MEMBERS_LIMIT,
  type MapFilters,
  type PeopleGroupRow,
} from '../../api/assets/assets.repository.ts';
import { CELL_SIZE_M, K_ANONYMITY } from '../../api/shared/policy.ts';
import type { MapResponse } from '../../api/assets/assets.schemas.ts';
import { buildMap } from '../../api/assets/map.service.ts';
import { cellOutlines } from '../../api/assets/cell-outlines.ts';
import type { Bbox } from '../../api/shared/bbox.ts';
import { generateDemo } from '../../seed/synthetic/generate.ts';
import { testPool } from '../helpers/db.ts';

// The people layer reads map_people and map_people_cells, which triggers keep current as items and homes change.
// Everything here runs on a demo city inside one transaction that is rolled back at the end.
const pool = testPool();
let client: pg.PoolClient;

beforeAll(async () => {
  client = await pool.connect();
  await client.query('BEGIN');
  await generateDemo(client, { seed: 11, assets: 8_000, replace: true });
}, 120_000);

afterAll(async () => {
  await client.query('ROLLBACK');
  client.release();
  await pool.end();
});

async function rows<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  return (await client.query<T>(text, values)).rows;
}

// What map_people must hold, computed from scratch the plain way: per resident with a home buurt and audience, the
// items of type inventory or thing that audience may see.
const EXPECTED_PEOPLE = `
  SELECT u.id AS user_id, au.name AS audience, u.home_buurt_code AS buurt_code,
         CASE WHEN u.home_location IS NULL THEN NULL
              ELSE floor(ST_X(ST_Transform(u.home_location::geometry, 28992)) / 250)::int END AS cell_x,
         bool_or(a.direction = 'offer') AS offers, bool_or(a.direction = 'wish') AS wishes,
         (SELECT coalesce(array_agg(DISTINCT t ORDER BY t), '{}') FROM assets x, unnest(x.tags) t
          WHERE x.owner_user_id = u.id AND x.type IN ('inventory', 'thing') AND x.direction = 'offer' AND x.visibility = ANY (au.sees)) AS offer_tags
  FROM users u
  JOIN assets a ON a.owner_user_id = u.id AND a.type IN ('inventory', 'thing')
  JOIN (VALUES ('public', ARRAY['public']), ('registered', ARRAY['public', 'neighbours']),
               ('connectors', ARRAY['public', 'neighbours', 'connectors'])) au (name, sees) ON a.visibility = ANY (au.sees)
  WHERE u.home_buurt_code IS NOT NULL
  GROUP BY u.id, au.name, au.sees
  ORDER BY 1, 2`;
const STORED_PEOPLE = `
  SELECT user_id, audience, buurt_code, cell_x, offers, wishes, offer_tags FROM map_people ORDER BY 1, 2`;
const EXPECTED_CELLS = `
  SELECT audience, buurt_code, cell_x, cell_y, count(*)::int AS people FROM map_people GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`;
const STORED_CELLS = `SELECT audience, buurt_code, cell_x, cell_y, people FROM map_people_cells ORDER BY 1, 2, 3, 4`;

async function expectConsistent() {
  expect(await rows(STORED_PEOPLE)).toEqual(await rows(EXPECTED_PEOPLE));
  expect(await rows(STORED_CELLS)).toEqual(await rows(EXPECTED_CELLS));
}

function filtersFor(bbox: Bbox, extra: Partial<MapFilters> = {}): MapFilters {
  return { bbox, types: ['people'], tags: null, direction: null, buurten: null, text: null, ...extra };
}

/** Groups without names, in a stable order, to compare the two queries. */
function comparable(groups: PeopleGroupRow[]) {
  return groups
    .map(({ level, key, people, buurt_code, geometry }) => ({ level, key, people, buurt_code, geometry }))
    .sort((a, b) => `${a.level}${a.key}`.localeCompare(`${b.level}${b.key}`));
}

async function views(): Promise<Bbox[]> {
  const city = (
    await rows<{ a: number; b: number; c: number; d: number }>(
      'SELECT ST_XMin(e) a, ST_YMin(e) b, ST_XMax(e) c, ST_YMax(e) d FROM (SELECT ST_Extent(geom)::geometry e FROM municipalities) m',
    )
  )[0]!;
  // 1 km² windows around the three buurten with the most residents, and one straddling two of them.
  const centres = await rows<{ lng: number; lat: number }>(
    `SELECT ST_X(ST_PointOnSurface(b.geom)) lng, ST_Y(ST_PointOnSurface(b.geom)) lat
     FROM buurten b JOIN users u ON u.home_buurt_code = b.code GROUP BY b.code, b.geom ORDER BY count(*) DESC, b.code LIMIT 3`,
  );
  const windows = centres.map(({ lng, lat }) => ({
    minLng: lng - 0.007,
    minLat: lat - 0.0045,
    maxLng: lng + 0.007,
    maxLat: lat + 0.0045,
  }));
  return [
    { minLng: city.a, minLat: city.b, maxLng: city.c, maxLat: city.d },
    ...windows,
    { ...windows[0]!, maxLng: windows[0]!.maxLng + 0.01 },
  ];
}

describe('residents on the map (map_people)', () => {
  it('uses the same cell size as the API', async () => {
    expect((await rows<{ size: number }>('SELECT people_cell_size() AS size'))[0]!.size).toBe(CELL_SIZE_M);
  });

  it('holds exactly what the items say after a seed, and stays so through edits, moves and deletions', async () => {
    await expectConsistent();
    const [resident] = await rows<{ id: string }>(
      `SELECT owner_user_id AS id FROM assets WHERE owner_user_id IS NOT NULL AND visibility = 'public' ORDER BY id LIMIT 1`,
    );
    // Hide every item of one resident from the public, then delete some items of others, then move and delete people.
    await client.query(`UPDATE assets SET visibility = 'neighbours' WHERE owner_user_id = $1`, [resident!.id]);
    await client.query(
      `DELETE FROM assets WHERE id IN (SELECT id FROM assets WHERE owner_user_id IS NOT NULL ORDER BY id LIMIT 200)`,
    );
    await client.query(
      `UPDATE assets SET tags = array_append(tags, 'listening') WHERE id IN (SELECT id FROM assets WHERE owner_user_id IS NOT NULL ORDER BY id DESC LIMIT 50)`,
    );
    await expectConsistent();
    await client.query(
      `UPDATE users SET home_location = ST_SetSRID(ST_MakePoint(ST_X(home_location::geometry) + 0.004, ST_Y(home_location::geometry)), 4326)::geography
       WHERE id IN (SELECT id FROM users WHERE home_location IS NOT NULL ORDER BY id LIMIT 30)`,
    );
    await client.query(
      `UPDATE users SET home_buurt_code = NULL, home_location = NULL WHERE id IN (SELECT id FROM users WHERE home_location IS NOT NULL ORDER BY id DESC LIMIT 10)`,
    );
    // Demo residents only: the run's other tests keep their own accounts in the same database.
    await client.query(
      `DELETE FROM users WHERE id IN (SELECT a.owner_user_id FROM assets a JOIN users u ON u.id = a.owner_user_id
                                     WHERE u.email LIKE '%@demo.krachtkaart.invalid' ORDER BY a.id DESC LIMIT 20)`,
    );
    await expectConsistent();
    const moved = await rows<{ cell_x: number; expected: number }>(
      `SELECT home_cell_x AS cell_x, floor(ST_X(ST_Transform(home_location::geometry, 28992)) / 250)::int AS expected
       FROM users WHERE home_location IS NOT NULL`,
    );
    expect(moved.filter((row) => row.cell_x !== row.expected)).toEqual([]);
  }, 60_000);

  it('gives the same groups from the pre-computed counts as from the residents, for anyone looking anywhere', async () => {
    const [viewer] = await rows<{ id: string }>('SELECT id FROM users ORDER BY id LIMIT 1');
    // A connector for the busiest wijk sees that wijk's "connectors" items too.
    const [wijk] = await rows<{ code: string }>(
      'SELECT b.wijk_code AS code FROM users u JOIN buurten b ON b.code = u.home_buurt_code GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1',
    );
    const [connector] = await rows<{ id: string }>('SELECT id FROM users ORDER BY id DESC LIMIT 1');
    await client.query('INSERT INTO connector_areas (user_id, wijk_code) VALUES ($1, $2)', [connector!.id, wijk!.code]);
    const [busiest] = await rows<{ code: string }>(
      'SELECT home_buurt_code AS code FROM users WHERE home_buurt_code IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1',
    );

    let cells = 0;
    for (const bbox of await views()) {
      for (const viewerId of [null, viewer!.id, connector!.id]) {
        for (const buurt of [null, busiest!.code]) {
          const filters = filtersFor(bbox, { buurten: buurt === null ? null : [buurt] });
          const fromCounts = await assetsRepository.mapPeopleCounts(client, filters, viewerId);
          const fromPeople = await assetsRepository.mapPeople(client, filters, viewerId);
          expect(comparable(fromCounts)).toEqual(comparable(fromPeople));
          for (const group of fromCounts) {
            if (group.level === 'cell') {
              cells += 1;
              expect(group.people).toBeGreaterThanOrEqual(K_ANONYMITY);
            } else if (group.people !== null) {
              expect(group.people).toBeGreaterThanOrEqual(K_ANONYMITY);
            }
          }
        }
      }
    }
    expect(cells).toBeGreaterThan(20); // the comparison covered real cells, not only buurten
  }, 60_000);

  it('counts a cell the same whatever else is in view, so panning cannot single anyone out', async () => {
    const city = (await views())[0]!;
    const cellsIn = async (bbox: Bbox) =>
      new Map(
        (await assetsRepository.mapPeopleCounts(client, filtersFor(bbox), null))
          .filter((g) => g.level === 'cell')
          .map((g) => [g.key, g.people]),
      );
    const inCity = await cellsIn(city);
    const shown = (await assetsRepository.mapPeopleCounts(client, filtersFor(city), null)).filter(
      (g) => g.level === 'cell',
    );
    expect(shown.length).toBeGreaterThan(5);
    const outlines = await cellOutlines(
      client,
      shown.map((cell) => cell.key),
    );
    for (const cell of shown.slice(0, 5)) {
      const [lng, lat] = (JSON.parse(outlines.get(cell.key)!) as { coordinates: number[][][] }).coordinates[0]![0]!;
      // A view of just this corner of the cell, and one that also takes in the neighbourhood to its east.
      for (const bbox of [
        { minLng: lng! - 0.0005, minLat: lat! - 0.0005, maxLng: lng! + 0.0005, maxLat: lat! + 0.0005 },
        { minLng: lng! - 0.0005, minLat: lat! - 0.0005, maxLng: lng! + 0.02, maxLat: lat! + 0.01 },
      ]) {
        const cells = await cellsIn(bbox);
        expect(cells.get(cell.key)).toBe(cell.people);
        for (const [key, people] of cells) expect(people, key).toBe(inCity.get(key));
      }
    }
  });

  it('draws each cell as its 250 m square of the RD New grid', async () => {
    const city = (await views())[0]!;
    const answer = JSON.parse(
      await buildMap(client, filtersFor(city), { cursor: null, limit: 1 }, null),
    ) as MapResponse;
    const cells = answer.features.filter((feature) => feature.properties.layer === 'people-cell');
    expect(cells.length).toBeGreaterThan(10);
    const squares = await rows<{ key: string; geometry: string }>(
      `SELECT x || ':' || y AS key,
              ST_AsGeoJSON(ST_Transform(ST_MakeEnvelope(x * $3, y * $3, (x + 1) * $3, (y + 1) * $3, 28992), 4326), 5) AS geometry
       FROM unnest($1::int[], $2::int[]) AS c (x, y)`,
      [
        cells.map((cell) => Number(cell.id.split(':')[1])),
        cells.map((cell) => Number(cell.id.split(':')[2])),
        CELL_SIZE_M,
      ],
    );
    expect(new Map(cells.map((cell) => [cell.id.slice('cell:'.length), cell.geometry]))).toEqual(
      new Map(squares.map((square) => [square.key, JSON.parse(square.geometry)])),
    );
  });

  it('lists names for a logged-in viewer only when the map shows at most the limit of people', async () => {
    const [viewer] = await rows<{ id: string }>('SELECT id FROM users ORDER BY id LIMIT 1');
    const [city, window] = await views();
    const people = (answer: string) =>
      (JSON.parse(answer) as MapResponse).features
        .filter((f) => f.properties.layer !== 'asset')
        .map((f) => f.properties);
    const page = { cursor: null, limit: 1 };
    const wide = people(await buildMap(client, filtersFor(city!), page, viewer!.id));
    expect(wide.reduce((sum, group) => sum + (group.people ?? 0), 0)).toBeGreaterThan(MEMBERS_LIMIT);
    expect(wide.filter((group) => group.members !== undefined)).toEqual([]);
    // One buurt with its groups: few enough, so every group lists exactly as many names as it counts.
    const [small] = await rows<{ code: string }>(
      `SELECT buurt_code AS code FROM map_people WHERE audience = 'registered' GROUP BY 1 HAVING count(*) BETWEEN 10 AND 60 ORDER BY 1 LIMIT 1`,
    );
    const close = people(await buildMap(client, filtersFor(window!, { buurten: [small!.code] }), page, viewer!.id));
    const fromBuurt = people(await buildMap(client, filtersFor(city!, { buurten: [small!.code] }), page, viewer!.id));
    for (const groups of [close, fromBuurt].filter((g) => g.length > 0)) {
      for (const group of groups) {
        expect(group.members, JSON.stringify(group)).toBeDefined();
        if (group.people !== null) expect(group.members!.length).toBe(group.people);
        else expect(group.members!.length).toBeLessThan(K_ANONYMITY);
      }
    }
    expect(fromBuurt.length).toBeGreaterThan(0);
    // Anonymous visitors never get names.
    expect(
      people(await buildMap(client, filtersFor(city!, { buurten: [small!.code] }), page, null)).filter(
        (g) => g.members,
      ),
    ).toEqual([]);
  });

  it('filters on tags and offer/wish from the stored tags as the items would', async () => {
    const [tag] = await rows<{ key: string }>(
      `SELECT t AS key FROM assets, unnest(tags) t WHERE owner_user_id IS NOT NULL AND visibility = 'public' GROUP BY t ORDER BY count(*) DESC, t LIMIT 1`,
    );
    const city = (await views())[0]!;
    const total = (groups: PeopleGroupRow[]) => groups.reduce((sum, g) => sum + (g.people ?? 0), 0);
    const hidden = (groups: PeopleGroupRow[]) => groups.filter((g) => g.people === null).length;
    for (const direction of [null, 'offer', 'wish'] as const) {
      const groups = await assetsRepository.mapPeople(client, filtersFor(city, { tags: [tag!.key], direction }), null);
      const [expected] = await rows<{ people: number }>(
        `SELECT count(DISTINCT a.owner_user_id)::int AS people FROM assets a JOIN users u ON u.id = a.owner_user_id
         WHERE a.type IN ('inventory', 'thing') AND a.visibility = 'public' AND a.tags && $1 AND ($2::text IS NULL OR a.direction = $2)
           AND u.home_buurt_code IS NOT NULL`,
        [[tag!.key], direction],
      );
      // Groups of fewer than k show no number: the shown total plus at most k - 1 per hidden group is the true total.
      expect(total(groups)).toBeLessThanOrEqual(expected!.people);
      expect(total(groups) + hidden(groups) * (K_ANONYMITY - 1)).toBeGreaterThanOrEqual(expected!.people);
      // The same filter as text goes through the items themselves and must agree with the stored tags.
      const viaText = await assetsRepository.mapPeople(
        client,
        filtersFor(city, { tags: [tag!.key], direction, text: '%' }),
        null,
      );
      expect(comparable(viaText)).toEqual(comparable(groups));
    }
  });
});
