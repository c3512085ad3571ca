import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_LAYERS } from '../../api/ogc/public-layers.ts';
import { CELL_SIZE_M, K_ANONYMITY } from '../../api/shared/policy.ts';
import { MANY_SIGNUPS_RATE_LIMITS, useTestApp } from '../helpers/app.ts';
import { addItem, geoJsonPoint, offset, setHome, settle } from '../helpers/assets.ts';
import { signUpAndLogIn, TestClient, type TestAccount } from '../helpers/client.ts';

/**
 * OGC API – Features and the open data: the public layers as an anonymous visitor sees them on the map, paged and
 * filtered as the standard says; never a resident's home, a resident's item, or a cell of fewer than k.
 */
const PUBLIC_URL = 'http://kaart.example.nl';
const app = useTestApp({}, { rateLimits: MANY_SIGNUPS_RATE_LIMITS, publicUrl: PUBLIC_URL });
let visitor: TestClient;
let board: TestAccount;
let neighbours: TestAccount[] = [];
let home: { lng: number; lat: number };
let centre: { lng: number; lat: number };
let buurtCode = '';
const marker = `ogc-${randomUUID().slice(0, 8)}`;
const placeIds: string[] = [];
let organisationId = '';

interface Link {
  href: string;
  rel: string;
  type?: string;
}
interface Feature {
  id: string;
  geometry: { type: string; coordinates: unknown };
  properties: Record<string, unknown>;
}
interface Page {
  type: string;
  features: Feature[];
  numberMatched: number;
  numberReturned: number;
  links: Link[];
}

function metresBetween(a: { lng: number; lat: number }, b: { lng: number; lat: number }) {
  const rad = Math.PI / 180;
  const x = (b.lng - a.lng) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.sqrt(x * x + y * y) * 6_371_000;
}

/** Every position in a GeoJSON value. */
function positions(value: unknown): { lng: number; lat: number }[] {
  if (Array.isArray(value) && value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number')
    return [{ lng: value[0], lat: value[1] as number }];
  if (Array.isArray(value)) return value.flatMap(positions);
  if (value && typeof value === 'object') return Object.values(value).flatMap(positions);
  return [];
}

/** A path of the app from an absolute link (built from PUBLIC_URL). */
function pathOf(href: string): string {
  expect(href.startsWith(`${PUBLIC_URL}/`)).toBe(true);
  return href.slice(PUBLIC_URL.length);
}

async function page<T = Page>(url: string): Promise<T> {
  const response = await visitor.get(url);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers['content-type']).toContain('application/geo+json');
  return response.json() as T;
}

/** A box of `metres` around a point: minLng,minLat,maxLng,maxLat. */
function boxAround(point: { lng: number; lat: number }, metres: number): string {
  const low = offset(point, -metres, -metres);
  const high = offset(point, metres, metres);
  return [low.lng, low.lat, high.lng, high.lat].map((value) => value.toFixed(6)).join(',');
}

beforeAll(async () => {
  visitor = new TestClient(app, { ip: '10.47.0.1' });
  // A buurt where no one lives and nothing is yet, with a cell well inside it (picked at random: other test files
  // may be looking for one too).
  const { rows } = await app.pg.query<{ code: string; lng: number; lat: number }>(
    `WITH cells AS (
       SELECT b.code, b.geom, ST_Transform(ST_SetSRID(ST_MakePoint((floor(ST_X(rd) / $1) + 0.5) * $1, (floor(ST_Y(rd) / $1) + 0.5) * $1), 28992), 4326) AS centre
       FROM buurten b CROSS JOIN LATERAL ST_Transform(ST_PointOnSurface(b.geom), 28992) AS rd
       WHERE b.retired_at IS NULL
     )
     SELECT c.code, ST_X(c.centre) AS lng, ST_Y(c.centre) AS lat FROM cells c
     WHERE ST_Contains(c.geom, c.centre) AND ST_Distance(ST_Boundary(c.geom)::geography, c.centre::geography) > 150
       AND NOT EXISTS (SELECT 1 FROM users u WHERE u.home_buurt_code = c.code)
       AND NOT EXISTS (SELECT 1 FROM assets a WHERE a.buurt_code = c.code)
       AND NOT EXISTS (SELECT 1 FROM organisations o WHERE o.buurt_code = c.code)
     ORDER BY random() LIMIT 1`,
    [CELL_SIZE_M],
  );
  expect(rows).toHaveLength(1);
  buurtCode = rows[0]!.code;
  centre = { lng: rows[0]!.lng, lat: rows[0]!.lat };
  home = offset(centre, 40, 25);

  // One fewer than k residents in one cell, each with a public and a private item: never a cell, never an item.
  neighbours = [];
  for (let index = 0; index < K_ANONYMITY - 1; index++) {
    const account = await signUpAndLogIn(app, { displayName: `OGC-bewoner ${index}` });
    await setHome(account, index === 0 ? home : offset(centre, (index - 2) * 15, -20));
    for (const visibility of ['public', 'private'] as const) {
      await addItem(account, {
        type: 'inventory',
        kind: 'skill',
        title: `${marker} ${visibility} talent`,
        tags: ['cooking'],
        visibility,
      });
      await addItem(account, {
        type: 'thing',
        kind: 'tool',
        title: `${marker} ${visibility} talent boor`,
        tags: [],
        visibility,
      });
    }
    neighbours.push(account);
  }
  await settle(app, ...neighbours);

  // An organisation with an offer and a wish at its location, and three places near the cell.
  board = await signUpAndLogIn(app, { displayName: 'OGC-bestuur' });
  const created = await board.client.post('/api/organisations', {
    name: `${marker} buurtvereniging`,
    kind: 'association',
  });
  organisationId = (created.json() as { id: string }).id;
  const moved = await board.client.patch(`/api/organisations/${organisationId}`, { location: offset(centre, -90, 80) });
  expect(moved.statusCode, moved.body).toBe(200);
  await addItem(board, {
    type: 'organisation-item',
    ownerOrganisationId: organisationId,
    kind: 'room',
    title: `${marker} zaal`,
    tags: [],
  });
  await addItem(board, {
    type: 'organisation-item',
    ownerOrganisationId: organisationId,
    kind: 'volunteers',
    title: `${marker} vrijwilligers gezocht`,
    tags: [],
  });
  await addItem(board, {
    type: 'thing',
    ownerOrganisationId: organisationId,
    kind: 'tool',
    title: `${marker} ladder`,
    tags: [],
  });
  for (const [east, north] of [
    [-100, -100],
    [100, -90],
    [-80, 100],
  ] as const) {
    const place = await addItem(board, {
      type: 'place',
      kind: 'garden',
      title: `${marker} tuin ${east}`,
      tags: ['gardening'],
      geometry: geoJsonPoint(offset(centre, east, north)),
    });
    placeIds.push(place.id);
  }
}, 120_000);

describe('OGC API – Features', () => {
  it('has a landing page, conformance classes and a collection for every public layer, with absolute links', async () => {
    const landing = await visitor.get('/ogc');
    expect(landing.statusCode).toBe(200);
    expect(landing.headers['content-type']).toContain('application/json');
    const rels = (landing.json() as { links: Link[] }).links.map((link) => [link.rel, link.href]);
    expect(rels).toEqual(
      expect.arrayContaining([
        ['self', `${PUBLIC_URL}/ogc`],
        ['conformance', `${PUBLIC_URL}/ogc/conformance`],
        ['data', `${PUBLIC_URL}/ogc/collections`],
        ['service-desc', `${PUBLIC_URL}/api/openapi.json`],
      ]),
    );
    expect((await visitor.get(`${pathOf(`${PUBLIC_URL}/api/openapi.json`)}`)).statusCode).toBe(200);

    const conformance = (await visitor.get('/ogc/conformance?f=json')).json() as { conformsTo: string[] };
    for (const part of ['core', 'geojson', 'oas30'])
      expect(conformance.conformsTo).toContain(`http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/${part}`);

    const collections = (await visitor.get('/ogc/collections')).json() as {
      collections: {
        id: string;
        title: string;
        crs: string[];
        extent: { spatial: { bbox: number[][] } };
        links: Link[];
      }[];
    };
    expect(collections.collections.map((collection) => collection.id)).toEqual(PUBLIC_LAYERS.map((layer) => layer.id));
    const places = collections.collections.find((collection) => collection.id === 'places')!;
    expect(places.crs).toEqual(['http://www.opengis.net/def/crs/OGC/1.3/CRS84']);
    const [minLng, minLat, maxLng, maxLat] = places.extent.spatial.bbox[0]!;
    expect(minLng).toBeLessThanOrEqual(centre.lng);
    expect(maxLng).toBeGreaterThanOrEqual(centre.lng);
    expect(minLat).toBeLessThanOrEqual(centre.lat);
    expect(maxLat).toBeGreaterThanOrEqual(centre.lat);
    expect(places.links).toContainEqual(
      expect.objectContaining({ rel: 'items', href: `${PUBLIC_URL}/ogc/collections/places/items` }),
    );
    const one = await visitor.get('/ogc/collections/places');
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ id: 'places', itemType: 'feature' });
  });

  it('pages through a layer with next links, every feature exactly once, in id order', async () => {
    const bbox = boxAround(centre, 400);
    const all = await page(`/ogc/collections/places/items?bbox=${bbox}&limit=10000`);
    expect(all.numberMatched).toBe(all.features.length);
    expect(all.features.map((feature) => feature.id)).toEqual(expect.arrayContaining(placeIds));

    const seen: string[] = [];
    let url: string | undefined = `/ogc/collections/places/items?bbox=${bbox}&limit=2`;
    let pages = 0;
    while (url) {
      const current: Page = await page(url);
      expect(current.numberReturned).toBe(current.features.length);
      expect(current.numberMatched).toBe(all.numberMatched);
      expect(current.links.find((link) => link.rel === 'self')).toBeDefined();
      if (pages > 0) expect(current.links.find((link) => link.rel === 'prev')).toBeDefined();
      seen.push(...current.features.map((feature) => feature.id));
      const next = current.links.find((link) => link.rel === 'next');
      url = next ? pathOf(next.href) : undefined;
      pages++;
    }
    expect(pages).toBe(Math.ceil(all.numberMatched / 2));
    expect(seen).toEqual(all.features.map((feature) => feature.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(seen);
  });

  it('filters by bbox with the features that lie in it, and gives one feature by id', async () => {
    const near = await page(
      `/ogc/collections/places/items?bbox=${boxAround(offset(centre, -100, -100), 20)}&limit=100`,
    );
    expect(near.features.map((feature) => feature.id)).toContain(placeIds[0]);
    expect(near.features.map((feature) => feature.id)).not.toContain(placeIds[1]);
    expect(near.numberMatched).toBe(near.features.length);

    const feature = await page<Feature>(`/ogc/collections/places/items/${placeIds[1]}`);
    expect(feature).toMatchObject({ type: 'Feature', id: placeIds[1], properties: { title: `${marker} tuin 100` } });

    const offers = await page(`/ogc/collections/offers/items?bbox=${boxAround(centre, 200)}`);
    expect(offers.features.map((feature) => feature.properties.title)).toContain(`${marker} zaal`);
    const wishes = await page(`/ogc/collections/wishes/items?bbox=${boxAround(centre, 200)}`);
    expect(wishes.features.map((feature) => feature.properties.title)).toEqual([`${marker} vrijwilligers gezocht`]);
    const things = await page(`/ogc/collections/things/items?bbox=${boxAround(centre, 200)}`);
    expect(things.features.map((feature) => feature.properties.title)).toEqual([`${marker} ladder`]);
    const organisations = await page<Feature>(`/ogc/collections/organisations/items/${organisationId}`);
    expect(organisations.properties).toMatchObject({ name: `${marker} buurtvereniging` });
    const buurt = await page<Feature>(`/ogc/collections/buurten/items/${buurtCode}`);
    expect(buurt.geometry.type).toBe('MultiPolygon');
  });

  it('answers 404 for an unknown collection or feature, and 400 naming a bad bbox, limit or parameter', async () => {
    const unknown = await visitor.get('/ogc/collections/talents/items');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ message: expect.stringContaining('talents') });
    expect((await visitor.get('/ogc/collections/places/items/00000000-0000-4000-8000-000000000000')).statusCode).toBe(
      404,
    );
    for (const [query, field] of [
      ['bbox=5,52,4,51', 'querystring/bbox'],
      ['bbox=5,52', 'querystring/bbox'],
      ['limit=0', 'querystring/limit'],
      ['limit=ten', 'querystring/limit'],
      ['offset=-1', 'querystring/offset'],
      ['f=html', 'querystring/f'],
    ]) {
      const response = await visitor.get(`/ogc/collections/places/items?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.body, query).toContain(field);
    }
    expect((await visitor.get('/ogc/collections/places/items?colour=red')).statusCode).toBe(400);
    // Above the most is the most, as the standard asks.
    const most = await page('/ogc/collections/buurten/items?limit=20000');
    expect(most.links.find((link) => link.rel === 'self')!.href).toContain('limit=10000');
  });

  it('shows no resident’s home, no resident’s item and no cell of fewer than k; a cell from k on', async () => {
    const texts: string[] = [];
    for (const layer of PUBLIC_LAYERS) {
      const response = await visitor.get(`/ogc/collections/${layer.id}/items?limit=10000`);
      expect(response.statusCode, layer.id).toBe(200);
      texts.push(response.body);
      for (const file of [`${layer.id}.geojson`, `${layer.id}.csv`]) {
        const exported = await visitor.get(`/api/open-data/${file}`);
        expect(exported.statusCode, file).toBe(200);
        texts.push(exported.body);
      }
    }
    for (const text of texts) {
      expect(text).not.toContain(`${marker} private`);
      expect(text).not.toContain(`${marker} public talent`);
    }
    const pointsNearHome = texts
      .filter((text) => text.startsWith('{'))
      .flatMap((text) => positions((JSON.parse(text) as Page).features.map((feature) => feature.geometry)))
      .filter((position) => metresBetween(position, home) < 30);
    expect(pointsNearHome).toEqual([]);
    const cellsHere = async () =>
      (await page(`/ogc/collections/people-cells/items?bbox=${boxAround(centre, 20)}`)).features;
    expect(await cellsHere()).toEqual([]);

    // The k-th resident in the cell: now the map shows it, and so does the layer.
    const last = await signUpAndLogIn(app, { displayName: 'OGC-bewoner k' });
    await setHome(last, offset(centre, 20, 20));
    await addItem(last, { type: 'inventory', kind: 'skill', title: 'Soep', tags: ['cooking'], visibility: 'public' });
    await settle(app, last);
    const cells = await cellsHere();
    expect(cells).toHaveLength(1);
    expect(cells[0]!.properties.people).toBeGreaterThanOrEqual(K_ANONYMITY);
    expect(cells[0]!.geometry.type).toBe('Polygon');
    expect((await visitor.get(`/ogc/collections/people-cells/items/${cells[0]!.id}`)).statusCode).toBe(200);
  }, 60_000);
});

describe('the open data exports', () => {
  it('gives a whole layer as GeoJSON and as CSV, with the licence', async () => {
    const geojson = await visitor.get('/api/open-data/places.geojson');
    expect(geojson.statusCode).toBe(200);
    expect(geojson.headers['content-type']).toContain('application/geo+json');
    expect(geojson.headers.link).toContain('rel="license"');
    const collection = geojson.json() as Page & { license: string };
    expect(collection.license).toBe('CC BY 4.0');
    expect(collection.links).toContainEqual(expect.objectContaining({ rel: 'license' }));
    const ids = collection.features.map((feature) => feature.id);
    expect(ids).toEqual(expect.arrayContaining(placeIds));
    expect(new Set(ids).size).toBe(ids.length);

    const csv = await visitor.get('/api/open-data/places.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers.link).toContain('https://creativecommons.org/licenses/by/4.0/');
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe(`id,lng,lat,${PUBLIC_LAYERS.find((layer) => layer.id === 'places')!.columns.join(',')}`);
    const garden = lines.find((line) => line.startsWith(placeIds[0]!))!;
    const [, lng, lat] = garden.split(',');
    expect(metresBetween({ lng: Number(lng), lat: Number(lat) }, offset(centre, -100, -100))).toBeLessThan(1);

    expect((await visitor.get('/api/open-data/talents.csv')).statusCode).toBe(404);
    expect((await visitor.get('/api/open-data/places.xlsx')).statusCode).toBe(400);
  });
});
