import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { AjvCompiler } from '@fastify/ajv-compiler';
import { MapResponseSchema } from '../../api/assets/assets.schemas.ts';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import { INTERVIEW_CONSENT } from '../../api/me/consent-texts.ts';
import { useTestApp } from '../helpers/app.ts';
import { signUpAndLogIn, TestClient, type TestAccount, expectRefusal } from '../helpers/client.ts';
import { addItem, cellCentreIn, geoJsonPoint, setHome, settle } from '../helpers/assets.ts';
import { latestMessageTo, tokenIn } from '../helpers/outbox.ts';

const app = useTestApp();
let resident: TestAccount;
let tivoliPoint: { lng: number; lat: number };
beforeAll(async () => {
  resident = await signUpAndLogIn(app, { displayName: 'Anna' });
  await settle(app, resident);
  tivoliPoint = await cellCentreIn(app, 'BU08551102');
  await setHome(resident, tivoliPoint);
});

const skill = (extra: Record<string, unknown> = {}) => ({
  type: 'inventory',
  kind: 'skill',
  title: 'Fietsen repareren',
  tags: ['bicycle-repair'],
  visibility: 'public',
  ...extra,
});
const countAssets = async () => (await app.pg.query<{ n: number }>('SELECT count(*)::int AS n FROM assets')).rows[0]!.n;

describe('a resident’s capacity inventory', () => {
  it('stores an item in the owner’s home buurt, with tag labels and never a location', async () => {
    const created = await resident.client.post(
      '/api/assets',
      skill({ description: 'Lekke banden, remmen', details: { howOften: 'monthly' } }),
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      type: 'inventory',
      kind: 'skill',
      direction: 'offer',
      buurt: { code: 'BU08551102', name: 'Tivoli' },
      geometry: null,
      tags: [{ key: 'bicycle-repair', label: 'Fietsen repareren', domain: 'crafts-repair' }],
      owner: { kind: 'resident', displayName: 'Anna' },
      details: { howOften: 'monthly' },
      stillActive: true,
      mine: true,
    });
  });

  it('moves my items along when my home buurt changes', async () => {
    const mover = await signUpAndLogIn(app);
    const item = await addItem(mover, skill({ visibility: 'neighbours' }));
    expect(item.buurt).toBeNull();
    await mover.client.patch('/api/me', { homeBuurtCode: 'BU08551001' });
    expect((await mover.client.get(`/api/assets/${item.id}`)).json().buurt).toMatchObject({ code: 'BU08551001' });
  });

  it('makes a wish of what I would like to learn', async () => {
    const created = await addItem(resident, {
      type: 'inventory',
      kind: 'learn',
      title: 'Gitaar leren',
      tags: ['guitar'],
      visibility: 'neighbours',
    });
    expect(created.direction).toBe('wish');
  });

  it('shows an item or a thing for which no audience is chosen to the connectors of the buurt only', async () => {
    const { visibility, ...withoutAudience } = skill();
    expect(visibility).toBe('public');
    const item = await addItem(resident, withoutAudience);
    const thing = await addItem(resident, { type: 'thing', kind: 'tool', title: 'Trapladder', tags: ['tools'] });
    expect([item.visibility, thing.visibility]).toEqual(['connectors', 'connectors']);
    const neighbour = await signUpAndLogIn(app);
    expect((await neighbour.client.get(`/api/assets/${item.id}`)).statusCode).toBe(404);
    expect((await neighbour.client.get(`/api/assets/${thing.id}`)).statusCode).toBe(404);
  });

  it.each([
    [skill({ tags: ['bicycle-repair', 'unicorn-taming'] }), 'body/tags/1', 'known-tag'],
    [skill({ title: 'x'.repeat(121) }), 'body/title', 'maxLength'],
    [skill({ description: 'x'.repeat(2001) }), 'body/description', 'maxLength'],
    [skill({ tags: 'bicycle-repair' }), 'body/tags', 'type'],
    [skill({ kind: 'juggling' }), 'body/kind', 'enum'],
    [skill({ visibility: 'everyone' }), 'body/visibility', 'enum'],
    [skill({ geometry: { type: 'Point', coordinates: [5, 51] } }), 'body', 'additionalProperties'],
    [{ ...skill(), type: 'spaceship' }, 'body/type', 'discriminator'],
  ])('refuses %j with a 400 naming %s, and saves nothing', async (body, field, rule) => {
    const before = await countAssets();
    const response = await resident.client.post('/api/assets', body);
    expectRefusal(response, field, rule);
    expect(await countAssets()).toBe(before);
  });

  it('keeps private items to their owner, and neighbour items from anonymous visitors', async () => {
    const privateItem = await addItem(resident, skill({ visibility: 'private', title: 'Geheim talent' }));
    const neighbourItem = await addItem(resident, skill({ visibility: 'neighbours', title: 'Voor buren' }));
    const publicItem = await addItem(resident, skill({ visibility: 'public', title: 'Voor iedereen' }));
    const neighbour = await signUpAndLogIn(app);
    const anonymous = new TestClient(app);

    expect((await neighbour.client.get(`/api/assets/${privateItem.id}`)).statusCode).toBe(404);
    expect((await neighbour.client.get(`/api/assets/${neighbourItem.id}`)).json()).toMatchObject({
      title: 'Voor buren',
      geometry: null,
      mine: false,
    });
    expect((await anonymous.get(`/api/assets/${neighbourItem.id}`)).statusCode).toBe(404);
    // Public resident items are shown to anonymous visitors only in aggregate.
    expect((await anonymous.get(`/api/assets/${publicItem.id}`)).statusCode).toBe(404);
    expect((await resident.client.get(`/api/assets/${privateItem.id}`)).json().mine).toBe(true);
  });

  it('lets only the owner change or delete an item', async () => {
    const item = await addItem(resident, skill({ visibility: 'neighbours' }));
    const other = await signUpAndLogIn(app);
    expect((await other.client.patch(`/api/assets/${item.id}`, { title: 'Overgenomen' })).statusCode).toBe(403);
    expect((await other.client.delete(`/api/assets/${item.id}`)).statusCode).toBe(403);
    const changed = await resident.client.patch(`/api/assets/${item.id}`, {
      title: 'Fietsen en brommers',
      visibility: 'connectors',
    });
    expect(changed.json()).toMatchObject({ title: 'Fietsen en brommers', visibility: 'connectors' });
    expect((await resident.client.delete(`/api/assets/${item.id}`)).statusCode).toBe(204);
    expect((await resident.client.get(`/api/assets/${item.id}`)).statusCode).toBe(404);
  });

  it('marks items not confirmed for 12 months "still active?", until the owner confirms them', async () => {
    const item = await addItem(resident, skill());
    await app.pg.query(`UPDATE assets SET last_confirmed_at = now() - interval '13 months' WHERE id = $1`, [item.id]);
    const mine = (await resident.client.get('/api/me/assets')).json() as { id: string; stillActive: boolean }[];
    expect(mine.find((asset) => asset.id === item.id)?.stillActive).toBe(false);
    expect(mine[0]!.id).toBe(item.id);
    expect((await resident.client.post(`/api/assets/${item.id}/confirm`)).json().stillActive).toBe(true);
  });
});

describe('interview mode', () => {
  it('lets a connector record for a resident of their area only with that resident’s consent', async () => {
    const admin = await signUpAndLogIn(app);
    await adminRepository.makeAdmin(app.pg.pool, admin.email);
    const connector = await signUpAndLogIn(app, { displayName: 'Buurtverbinder Joke' });
    await admin.client.post(`/api/admin/users/${connector.id}/connector-areas`, { areaCode: 'WK085511' });
    const item = skill({ onBehalfOf: resident.id, title: 'Opgetekend aan de keukentafel' });

    expect((await connector.client.post('/api/assets', item)).statusCode).toBe(403);

    const connectors = (await resident.client.get('/api/areas/buurten/BU08551102/connectors')).json();
    expect(connectors).toContainEqual({ id: connector.id, displayName: 'Buurtverbinder Joke' });
    const consent = await resident.client.post('/api/me/interview-consents', {
      connectorId: connector.id,
      consentTextVersion: INTERVIEW_CONSENT.version,
    });
    expect(consent.statusCode).toBe(201);
    expect((await connector.client.get('/api/connector/residents')).json()).toContainEqual(
      expect.objectContaining({ id: resident.id }),
    );

    const recorded = await connector.client.post('/api/assets', item);
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json()).toMatchObject({
      owner: { kind: 'resident', displayName: 'Anna' },
      buurt: { code: 'BU08551102' },
    });
    const { rows } = await app.pg.query('SELECT owner_user_id, recorded_by FROM assets WHERE id = $1', [
      recorded.json().id,
    ]);
    expect(rows[0]).toEqual({ owner_user_id: resident.id, recorded_by: connector.id });

    expect((await resident.client.delete(`/api/me/interview-consents/${consent.json().id}`)).statusCode).toBe(204);
    expect((await connector.client.post('/api/assets', item)).statusCode).toBe(403);
  });
});

describe('places', () => {
  const place = (geometry: unknown, extra: Record<string, unknown> = {}) => ({
    type: 'place',
    kind: 'garden',
    title: 'Pluktuin',
    tags: ['gardening'],
    geometry,
    details: { capacity: 20, stepFree: true, accessibleToilet: false, availability: 'za 10-14 uur' },
    ...extra,
  });

  it('puts a point, a route and a park in the buurt where they lie', async () => {
    const point = await addItem(resident, place(geoJsonPoint(tivoliPoint)));
    expect(point).toMatchObject({
      buurt: { code: 'BU08551102' },
      geometry: { type: 'Point' },
      details: { capacity: 20 },
    });
    const { lng, lat } = tivoliPoint;
    const route = await addItem(
      resident,
      place(
        {
          type: 'LineString',
          coordinates: [
            [lng, lat],
            [lng + 0.0005, lat + 0.0003],
          ],
        },
        { kind: 'walking-route' },
      ),
    );
    expect(route).toMatchObject({ buurt: { code: 'BU08551102' }, geometry: { type: 'LineString' } });
    const square = [
      [lng - 0.0003, lat - 0.0002],
      [lng + 0.0003, lat - 0.0002],
      [lng + 0.0003, lat + 0.0002],
      [lng - 0.0003, lat + 0.0002],
      [lng - 0.0003, lat - 0.0002],
    ];
    const park = await addItem(resident, place({ type: 'Polygon', coordinates: [square] }, { kind: 'park' }));
    expect(park).toMatchObject({ buurt: { code: 'BU08551102' }, geometry: { type: 'Polygon' } });
  });

  it.each([
    [{ type: 'Point', coordinates: [190, 51.5] }, 'body/geometry/coordinates/0', 'maximum'],
    [{ type: 'Point', coordinates: [5.08] }, 'body/geometry/coordinates', 'minItems'],
    [{ type: 'Point', coordinates: ['5.08', 51.5] }, 'body/geometry/coordinates/0', 'type'],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [5.08, 51.56],
            [5.09, 51.56],
          ],
        ],
      },
      'body/geometry/coordinates/0',
      'minItems',
    ],
    [{ type: 'Circle', coordinates: [5.08, 51.56] }, 'body/geometry/type', 'discriminator'],
    [{ type: 'Point', coordinates: [4.893, 52.373] }, 'body/geometry', 'inside-a-buurt'],
    // A bow tie: the ring crosses itself.
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [5.08, 51.56],
            [5.082, 51.562],
            [5.082, 51.56],
            [5.08, 51.562],
            [5.08, 51.56],
          ],
        ],
      },
      'body/geometry',
      'valid-geometry',
    ],
  ])('refuses the geometry %j with a 400 naming %s, and saves nothing', async (geometry, field, rule) => {
    const before = await countAssets();
    const response = await resident.client.post('/api/assets', place(geometry));
    expectRefusal(response, field, rule);
    expect(await countAssets()).toBe(before);
  });

  it('refuses details that do not belong to a place', async () => {
    const response = await resident.client.post(
      '/api/assets',
      place(geoJsonPoint(tivoliPoint), { details: { capacity: -1 } }),
    );
    expect(response.json().errors[0]).toMatchObject({ field: 'body/details/capacity', rule: 'minimum' });
  });
});

describe('organisations on the map', () => {
  it('places an organisation and its offers and wishes at its public location; only members add to it', async () => {
    const owner = await signUpAndLogIn(app);
    const organisation = (
      await owner.client.post('/api/organisations', { name: 'Repair Café Tivoli', kind: 'initiative' })
    ).json();
    const profile = await owner.client.patch(`/api/organisations/${organisation.id}`, {
      description: 'Elke eerste zaterdag',
      location: tivoliPoint,
      tags: ['electronics-repair', 'bicycle-repair'],
      website: 'https://example.org/repaircafe',
    });
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toMatchObject({
      location: tivoliPoint,
      buurt: { code: 'BU08551102' },
      tags: ['electronics-repair', 'bicycle-repair'],
    });

    const wish = {
      type: 'organisation-item',
      kind: 'volunteers',
      title: 'Vrijwilligers gezocht',
      tags: ['electronics-repair'],
      ownerOrganisationId: organisation.id,
    };
    expect((await resident.client.post('/api/assets', wish)).statusCode).toBe(403);
    const created = await owner.client.post('/api/assets', wish);
    expect(created.json()).toMatchObject({
      direction: 'wish',
      owner: { kind: 'organisation', name: 'Repair Café Tivoli' },
      buurt: { code: 'BU08551102' },
    });
    expect(created.json().geometry.coordinates).toEqual(
      [tivoliPoint.lng, tivoliPoint.lat].map((n) => Number(n.toFixed(6))),
    );

    const outside = await owner.client.patch(`/api/organisations/${organisation.id}`, {
      location: { lng: 4.893, lat: 52.373 },
    });
    expect(outside.json().errors[0]).toMatchObject({ field: 'body/location', rule: 'inside-a-buurt' });
    const badTag = await owner.client.patch(`/api/organisations/${organisation.id}`, { tags: ['nonsense-tag'] });
    expect(badTag.json().errors[0]).toMatchObject({ field: 'body/tags/0', rule: 'known-tag' });
  });
});

describe('the map and the buurt summary', () => {
  it('filters by type, tag, direction, buurt and text, and pages through results', async () => {
    const token = `kaart${randomUUID().slice(0, 6)}`;
    const owner = await signUpAndLogIn(app);
    const organisation = (
      await owner.client.post('/api/organisations', { name: `Tuinclub ${token}`, kind: 'association' })
    ).json();
    await owner.client.patch(`/api/organisations/${organisation.id}`, { location: tivoliPoint, tags: ['gardening'] });
    await addItem(owner, {
      type: 'place',
      kind: 'garden',
      title: `Moestuin ${token}`,
      tags: ['vegetable-growing'],
      geometry: geoJsonPoint(tivoliPoint),
    });
    await addItem(owner, {
      type: 'organisation-item',
      kind: 'room',
      title: `Zaal ${token}`,
      tags: ['hosting'],
      ownerOrganisationId: organisation.id,
    });
    await addItem(owner, {
      type: 'organisation-item',
      kind: 'volunteers',
      title: `Handen ${token}`,
      tags: ['gardening'],
      ownerOrganisationId: organisation.id,
    });

    const titles = async (query: string) =>
      (
        (await new TestClient(app).get(`/api/map?q=${token}&${query}`)).json().features as {
          properties: { layer: string; title: string };
        }[]
      )
        .filter((feature) => feature.properties.layer === 'asset')
        .map((feature) => feature.properties.title.replace(` ${token}`, ''))
        .sort();
    expect(await titles('')).toEqual(['Handen', 'Moestuin', 'Tuinclub', 'Zaal']);
    expect(await titles('types=place')).toEqual(['Moestuin']);
    expect(await titles('tags=gardening')).toEqual(['Handen', 'Tuinclub']);
    expect(await titles('domains=garden-nature')).toEqual(['Handen', 'Moestuin', 'Tuinclub']);
    expect(await titles('direction=wish')).toEqual(['Handen']);
    expect(await titles('buurt=BU08551001')).toEqual([]);
    // Tivoli (BU08551102) lies in wijk WK085511.
    expect(await titles('wijk=WK085511')).toEqual(['Handen', 'Moestuin', 'Tuinclub', 'Zaal']);
    expect(await titles('wijk=WK085511&buurt=BU08551102')).toEqual(['Handen', 'Moestuin', 'Tuinclub', 'Zaal']);
    expect(await titles('wijk=WK085539')).toEqual([]);
    expect(await titles('wijk=WK085539&buurt=BU08551102')).toEqual([]);
    expect(await titles('wijk=WK099999')).toEqual([]);
    expect(await titles('bbox=4.85,52.35,4.95,52.40')).toEqual([]);

    const first = (
      await new TestClient(app).get(`/api/map?q=${token}&types=place,organisation,organisation-item&limit=3`)
    ).json();
    expect(first.features).toHaveLength(3);
    const second = (
      await new TestClient(app).get(
        `/api/map?q=${token}&types=place,organisation,organisation-item&limit=3&cursor=${first.page.nextCursor}`,
      )
    ).json();
    expect(second.features).toHaveLength(1);
    expect(second.page.nextCursor).toBeNull();
  });

  it('answers GeoJSON of the documented shape, for anonymous and logged-in viewers, with and without filters', async () => {
    // The map is written as JSON text (not through the response schema), so its shape is checked here, with the
    // validator Fastify uses for requests.
    const validateMap = AjvCompiler()({}, { customOptions: { coerceTypes: false } })({
      schema: MapResponseSchema,
      method: 'GET',
      url: '/api/map',
      httpPart: 'body',
    });
    const tivoli = 'bbox=5.05,51.55,5.12,51.60&buurt=BU08551102';
    await addItem(resident, skill());
    await addItem(resident, {
      type: 'place',
      kind: 'garden',
      title: 'Buurttuin',
      tags: ['gardening'],
      geometry: geoJsonPoint(tivoliPoint),
    });
    for (const [client, query] of [
      [new TestClient(app), ''],
      [new TestClient(app), tivoli],
      [resident.client, tivoli],
      [resident.client, `${tivoli}&tags=bicycle-repair`],
      [resident.client, 'types=place&limit=2'],
    ] as const) {
      const response = await client.get(`/api/map?${query}`);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      const body = response.json();
      expect(validateMap(body) ? [] : validateMap.errors, query).toEqual([]);
      expect(body.features.length, query).toBeGreaterThan(0);
      for (const feature of body.features) expect(['Point', 'Polygon', 'LineString']).toContain(feature.geometry.type);
    }
    const named = (await resident.client.get(`/api/map?${tivoli}`))
      .json()
      .features.filter((f: { properties: { members?: unknown } }) => f.properties.members);
    expect(named.length).toBeGreaterThan(0);
  });

  it.each([
    ['types=people,volcanoes', 'querystring/types', 'pattern'],
    ['limit=5000', 'querystring/limit', 'maximum'],
    ['bbox=5.2,51.5,5.0,51.6', 'querystring/bbox', 'order'],
    ['direction=both', 'querystring/direction', 'enum'],
    ['cursor=abc', 'querystring/cursor', 'format'],
    ['wijk=Tivoli', 'querystring/wijk', 'pattern'],
  ])('refuses %s with a 400 naming %s', async (query, field, rule) => {
    const response = await new TestClient(app).get(`/api/map?${query}`);
    expectRefusal(response, field, rule);
  });

  it('summarises a buurt by type, domain and top tags', async () => {
    const summary = await new TestClient(app).get('/api/areas/buurten/BU08551102/summary?lang=en');
    expect(summary.statusCode).toBe(200);
    const body = summary.json();
    expect(body.buurt).toEqual({ code: 'BU08551102', name: 'Tivoli' });
    expect(body.counts.places).toBeGreaterThan(0);
    expect(body.k).toBe(5);
    expect(body.topTags.length).toBeGreaterThan(0);
    expect(body.domains.map((domain: { label: string }) => domain.label)).toContain('Garden and nature');
    expect((await new TestClient(app).get('/api/areas/buurten/BU09999999/summary')).statusCode).toBe(404);
  });

  it('summarises a wijk as the sum of what its buurten show', async () => {
    const client = new TestClient(app);
    const wijk = (await client.get('/api/areas/wijken/WK085511/summary?lang=en')).json();
    expect(wijk.wijk).toEqual({ code: 'WK085511', name: expect.any(String) });
    const codes = (
      await app.pg.query<{ code: string }>("SELECT code FROM buurten WHERE wijk_code = 'WK085511' ORDER BY code")
    ).rows;
    expect(wijk.buurten).toBe(codes.length);
    const buurten = await Promise.all(
      codes.map(async ({ code }) => (await client.get(`/api/areas/buurten/${code}/summary?lang=en`)).json()),
    );
    for (const key of ['organisations', 'places', 'stories', 'organisationItems', 'things'] as const) {
      expect(wijk.counts[key], key).toBe(buurten.reduce((sum, buurt) => sum + buurt.counts[key], 0));
    }
    const residents = buurten.reduce((sum, buurt) => sum + (buurt.counts.residents ?? 0), 0);
    expect(wijk.counts.residents).toBe(residents === 0 ? null : residents);
    expect(wijk.counts.places).toBeGreaterThan(0);
    expect(wijk.domains.map((domain: { label: string }) => domain.label)).toContain('Garden and nature');
    expect((await client.get('/api/areas/wijken/WK099999/summary')).statusCode).toBe(404);
    expect((await client.get('/api/areas/wijken/Tivoli/summary')).json().errors[0]).toMatchObject({
      field: 'params/code',
      rule: 'pattern',
    });
  });
});

describe('the taxonomy', () => {
  it('has 14 domains and about a hundred tags in Dutch and English, and admins can add a tag', async () => {
    const taxonomy = (await new TestClient(app).get('/api/taxonomy')).json() as { key: string; tags: unknown[] }[];
    expect(taxonomy).toHaveLength(14);
    const count = taxonomy.reduce((sum, domain) => sum + domain.tags.length, 0);
    expect(count).toBeGreaterThanOrEqual(80);
    expect(count).toBeLessThanOrEqual(150);

    const admin = await signUpAndLogIn(app);
    await adminRepository.makeAdmin(app.pg.pool, admin.email);
    const key = `test-${randomUUID().slice(0, 8)}`;
    expect(
      (await admin.client.post('/api/admin/tags', { key, domain: 'food', nl: 'Soep koken', en: 'Making soup' }))
        .statusCode,
    ).toBe(201);
    expect(
      (await admin.client.post('/api/admin/tags', { key, domain: 'food', nl: 'Soep', en: 'Soup' })).statusCode,
    ).toBe(409);
    expect(
      (await admin.client.post('/api/admin/tags', { key: 'x-y-z', domain: 'nonsense', nl: 'a', en: 'b' })).json()
        .errors[0].field,
    ).toBe('body/domain');
    expect((await resident.client.post('/api/assets', skill({ tags: [key] }))).statusCode).toBe(201);
  });
});
void latestMessageTo;
void tokenIn;
