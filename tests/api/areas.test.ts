import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BuurtCollection, LookupResult, WijkCollection, WijkDetail } from '../../api/areas/areas.schemas.ts';
import { useTestApp } from '../helpers/app.ts';
import { expectRefusal } from '../helpers/client.ts';
import { testPool } from '../helpers/db.ts';

const app = useTestApp();

async function get<T>(url: string): Promise<{ statusCode: number; body: T }> {
  const response = await app.inject({ method: 'GET', url });
  return { statusCode: response.statusCode, body: response.json() as T };
}

interface ErrorBody {
  message: string;
  errors?: { field: string; rule: string }[];
}

describe('GET /api/areas/buurten', () => {
  it('returns all 251 buurten as a GeoJSON FeatureCollection of MultiPolygons', async () => {
    const { statusCode, body } = await get<BuurtCollection>('/api/areas/buurten');
    expect(statusCode).toBe(200);
    expect(body.type).toBe('FeatureCollection');
    expect(body.features).toHaveLength(251);
    const tivoli = body.features.find((feature) => feature.id === 'BU08551102');
    expect(tivoli?.geometry.type).toBe('MultiPolygon');
    expect(tivoli?.properties).toMatchObject({ code: 'BU08551102', name: 'Tivoli', wijkCode: 'WK085511' });
    // [lng, lat]: Tilburg lies near 5.0 E, 51.5 N.
    const [lng, lat] = tivoli!.geometry.coordinates[0]![0]![0]!;
    expect(lng).toBeCloseTo(5.1, 0);
    expect(lat).toBeCloseTo(51.56, 1);
  });

  it('returns only the buurten that meet a bbox', async () => {
    const { body: all } = await get<BuurtCollection>('/api/areas/buurten');
    const { statusCode, body } = await get<BuurtCollection>('/api/areas/buurten?bbox=5.085,51.555,5.095,51.562');
    expect(statusCode).toBe(200);
    expect(body.features.length).toBeGreaterThan(0);
    expect(body.features.length).toBeLessThan(all.features.length);
  });

  it('returns an empty collection for a bbox far from Tilburg', async () => {
    const { statusCode, body } = await get<BuurtCollection>('/api/areas/buurten?bbox=4.85,52.35,4.95,52.40');
    expect(statusCode).toBe(200);
    expect(body.features).toEqual([]);
  });

  it.each([
    ['5.1,51.5,5.0,51.6', 'querystring/bbox', 'order'],
    ['5.0,51.6,5.1,51.5', 'querystring/bbox', 'order'],
    ['5.0,51.5,5.1', 'querystring/bbox', 'pattern'],
    ['a,b,c,d', 'querystring/bbox', 'pattern'],
    ['5.0,-91,5.1,51.5', 'querystring/bbox', 'range'],
    ['', 'querystring/bbox', 'minLength'],
  ])('refuses bbox=%s with a 400 that names %s', async (bbox, field, rule) => {
    const response = await app.inject({ method: 'GET', url: `/api/areas/buurten?bbox=${bbox}` });
    expectRefusal(response, field, rule);
    expect((response.json() as ErrorBody).message).toContain(field);
  });
});

describe('GET /api/areas/buurten/{code}', () => {
  it('returns one buurt with its wijk', async () => {
    const { statusCode, body } = await get<BuurtCollection['features'][number]>('/api/areas/buurten/BU08551102');
    expect(statusCode).toBe(200);
    expect(body.properties).toMatchObject({ name: 'Tivoli', wijkCode: 'WK085511' });
  });

  it('answers 404 for a well-formed code that does not exist', async () => {
    const { statusCode, body } = await get<ErrorBody>('/api/areas/buurten/BU00000000');
    expect(statusCode).toBe(404);
    expect(body.message).toContain('BU00000000');
  });

  it('answers 400 naming the parameter for a malformed code', async () => {
    const { statusCode, body } = await get<ErrorBody>('/api/areas/buurten/tivoli');
    expect(statusCode).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ field: 'params/code', rule: 'pattern' });
  });
});

describe('GET /api/areas/wijken', () => {
  it('returns the 59 wijken with their buurt counts and CBS inhabitants', async () => {
    const { statusCode, body } = await get<WijkCollection>('/api/areas/wijken');
    expect(statusCode).toBe(200);
    expect(body.features).toHaveLength(59);
    const buurtTotal = body.features.reduce((sum, feature) => sum + feature.properties.buurtCount, 0);
    expect(buurtTotal).toBe(251);
    const biezenmortel = body.features.find((feature) => feature.id === 'WK085568');
    expect(biezenmortel?.properties).toMatchObject({ name: 'Biezenmortel', buurtCount: 0, inhabitants: 1485 });
  });

  it('returns one wijk with its CBS key figures, source and year', async () => {
    const { statusCode, body } = await get<WijkDetail>('/api/areas/wijken/WK085568');
    expect(statusCode).toBe(200);
    expect(body.properties.keyFigures).toMatchObject({
      year: 2024,
      source: 'CBS/Kadaster',
      inhabitants: 1485,
      households: 480,
    });
  });

  it('answers 404 for an unknown wijk and 400 for a malformed code', async () => {
    expect((await get('/api/areas/wijken/WK999999')).statusCode).toBe(404);
    expect((await get('/api/areas/wijken/99')).statusCode).toBe(400);
  });
});

describe('GET /api/areas/lookup', () => {
  it('finds, for every buurt, the buurt itself from a point inside it', async () => {
    const pool = testPool();
    const { rows } = await pool
      .query<{ code: string; wijk_code: string; lng: number; lat: number }>(
        `SELECT code, wijk_code, ST_X(p) AS lng, ST_Y(p) AS lat
         FROM (SELECT code, wijk_code, ST_PointOnSurface(geom) AS p FROM buurten) s`,
      )
      .finally(() => pool.end());
    expect(rows).toHaveLength(251);
    const mismatches: string[] = [];
    for (const row of rows) {
      const { statusCode, body } = await get<LookupResult>(`/api/areas/lookup?lng=${row.lng}&lat=${row.lat}`);
      if (statusCode !== 200 || body.buurt?.code !== row.code || body.wijk.code !== row.wijk_code)
        mismatches.push(row.code);
    }
    expect(mismatches).toEqual([]);
  });

  it('finds a buurt for a point exactly on its boundary, the same one each time', async () => {
    // A vertex of Tivoli's outer ring lies on its boundary (and on a neighbour's, if they share it).
    const source = JSON.parse(readFileSync('seed/data/tilburg-buurten-2020.geojson', 'utf8')) as {
      features: { properties: { BU_CODE: string }; geometry: { coordinates: number[][][] } }[];
    };
    const tivoli = source.features.find((feature) => feature.properties.BU_CODE === 'BU08551102')!;
    const [lng, lat] = tivoli.geometry.coordinates[0]![5]!;
    const sharing = source.features
      .filter((feature) => feature.geometry.coordinates.some((ring) => ring.some(([x, y]) => x === lng && y === lat)))
      .map((feature) => feature.properties.BU_CODE);

    const first = await get<LookupResult>(`/api/areas/lookup?lng=${lng}&lat=${lat}`);
    const second = await get<LookupResult>(`/api/areas/lookup?lng=${lng}&lat=${lat}`);
    expect(first.statusCode).toBe(200);
    expect(sharing).toContain(first.body.buurt?.code);
    expect(first.body.buurt?.code).toBe([...sharing].sort()[0]);
    expect(second.body).toEqual(first.body);
  });

  it('finds the wijk but no buurt in Biezenmortel, which has no buurt polygons', async () => {
    const pool = testPool();
    const { rows } = await pool
      .query<{ lng: number; lat: number }>(
        `SELECT ST_X(p) AS lng, ST_Y(p) AS lat FROM (SELECT ST_PointOnSurface(geom) AS p FROM wijken WHERE code = 'WK085568') s`,
      )
      .finally(() => pool.end());
    const { statusCode, body } = await get<LookupResult>(`/api/areas/lookup?lng=${rows[0]!.lng}&lat=${rows[0]!.lat}`);
    expect(statusCode).toBe(200);
    expect(body).toEqual({
      buurt: null,
      wijk: { code: 'WK085568', name: 'Biezenmortel' },
      municipality: { code: 'GM0855', name: 'Tilburg' },
    });
  });

  it('answers 404 for a point outside Tilburg', async () => {
    // Amsterdam, Dam square
    const { statusCode, body } = await get<ErrorBody>('/api/areas/lookup?lng=4.8930&lat=52.3731');
    expect(statusCode).toBe(404);
    expect(body.message).toContain('outside');
  });

  it.each([
    ['lng=abc&lat=51.56', 'querystring/lng', 'type'],
    ['lng=5.08&lat=north', 'querystring/lat', 'type'],
    ['lng=5.08&lat=91', 'querystring/lat', 'maximum'],
    ['lng=5.08&lat=-90.5', 'querystring/lat', 'minimum'],
    ['lng=181&lat=51.56', 'querystring/lng', 'maximum'],
    ['lat=51.56', 'querystring/lng', 'required'],
    ['lng=&lat=51.56', 'querystring/lng', 'minLength'],
  ])('refuses %s with a 400 that names %s', async (query, field, rule) => {
    expectRefusal(await app.inject({ method: 'GET', url: `/api/areas/lookup?${query}` }), field, rule);
  });
});
