import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../seed/seed.ts';
import { testPool } from '../helpers/db.ts';

const pool = testPool();
afterAll(() => pool.end());

async function count(table: string): Promise<number> {
  // Table names here are constants of this test, never input.
  const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]!.n;
}

describe('the Tilburg seed', () => {
  it('loads all 251 buurten of Tilburg', async () => {
    expect(await count('buurten')).toBe(251);
  });

  it('loads the 58 municipal wijken plus Biezenmortel from the CBS file', async () => {
    expect(await count('wijken')).toBe(59);
    const { rows } = await pool.query(`SELECT name, geometry_source FROM wijken WHERE code = 'WK085568'`);
    expect(rows).toEqual([{ name: 'Biezenmortel', geometry_source: 'cbs-wijken-buurten-2024' }]);
  });

  it('loads the CBS 2024 key figures of every Tilburg wijk, adding up to the municipal population', async () => {
    const { rows } = await pool.query<{ wijken: number; inhabitants: number }>(
      `SELECT count(*)::int AS wijken, sum(inhabitants)::int AS inhabitants FROM wijk_key_figures WHERE year = 2024`,
    );
    expect(rows[0]).toEqual({ wijken: 59, inhabitants: 229_845 });
  });

  it('puts every buurt inside the wijk whose code it carries', async () => {
    const { rows } = await pool.query(
      `SELECT b.code FROM buurten b JOIN wijken w ON w.code = b.wijk_code
       WHERE NOT ST_Contains(w.geom, ST_PointOnSurface(b.geom))`,
    );
    expect(rows).toEqual([]);
  });

  it('stores only valid polygons', async () => {
    const { rows } = await pool.query(
      `SELECT code FROM buurten WHERE NOT ST_IsValid(geom) UNION ALL SELECT code FROM wijken WHERE NOT ST_IsValid(geom)`,
    );
    expect(rows).toEqual([]);
  });

  it('title-cases the lower-case names of the municipal files', async () => {
    const { rows } = await pool.query(
      `SELECT name FROM buurten WHERE code IN ('BU08551102', 'BU08550102') ORDER BY code`,
    );
    const source = JSON.parse(readFileSync('seed/data/tilburg-buurten-2020.geojson', 'utf8')) as {
      features: { properties: { BU_CODE: string; BU_NAAM: string } }[];
    };
    const tivoli = source.features.find((feature) => feature.properties.BU_CODE === 'BU08551102');
    expect(tivoli?.properties.BU_NAAM).toBe('tivoli');
    expect(rows.map((row) => row.name)).toContain('Tivoli');
  });

  it('computes each buurt area from its polygon, close to the area the municipality publishes', async () => {
    const { rows } = await pool.query<{ area_m2: number }>(`SELECT area_m2 FROM buurten WHERE code = 'BU08551102'`);
    // The source says 314,601 m² for Tivoli.
    expect(rows[0]!.area_m2).toBeGreaterThan(314_601 * 0.97);
    expect(rows[0]!.area_m2).toBeLessThan(314_601 * 1.03);
  });

  it('draws the municipality outline as the union of its wijken', async () => {
    const { rows } = await pool.query<{ covers: boolean }>(
      `SELECT bool_and(ST_Covers(ST_Buffer(m.geom, 0.00001), ST_PointOnSurface(w.geom))) AS covers
       FROM municipalities m JOIN wijken w ON w.municipality_code = m.code`,
    );
    expect(rows[0]!.covers).toBe(true);
  });

  it('changes nothing when it runs a second time', async () => {
    const before = await pool.query(`SELECT code, xmin::text FROM buurten ORDER BY code`);
    const result = await seedDatabase(pool);
    for (const changes of Object.values(result)) expect(changes).toEqual({ inserted: 0, updated: 0 });
    const after = await pool.query(`SELECT code, xmin::text FROM buurten ORDER BY code`);
    expect(after.rows).toEqual(before.rows);
    expect(await count('buurten')).toBe(251);
  });
});
