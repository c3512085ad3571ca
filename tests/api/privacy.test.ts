import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import { useTestApp } from '../helpers/app.ts';
import { signUpAndLogIn, TestClient, type TestAccount } from '../helpers/client.ts';
import { addItem, cellCentreIn, offset, setHome, settle } from '../helpers/assets.ts';
import { CELL_SIZE_M, K_ANONYMITY } from '../../api/shared/policy.ts';

/**
 * No one's home on the map: residents at known points, then every GET endpoint (and the map with many filters) as
 * an anonymous visitor, a neighbour, a connector of their wijk and an admin. No response may contain a resident's
 * coordinates (to 4 decimals), and no group of residents may show fewer than k people.
 */
const K = K_ANONYMITY;
const app = useTestApp();
const homes: { lng: number; lat: number }[] = [];
/** The centres of the homes' 250 m cells: only the map's groups of k or more may show a cell. */
const cellCentres: { lng: number; lat: number }[] = [];
const token = `privacy${randomUUID().slice(0, 6)}`;
const viewers: Record<string, TestClient> = {};
let sampleAssetIds: string[] = [];

async function assertAwayFromBoundary(point: { lng: number; lat: number }) {
  // Keeps the test honest: a home right on a buurt boundary could coincide with a boundary vertex (to 4 decimals).
  const { rows } = await app.pg.query<{ metres: number }>(
    `SELECT min(ST_Distance(ST_Boundary(b.geom)::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography)) AS metres
     FROM buurten b WHERE ST_DWithin(b.geom, ST_SetSRID(ST_MakePoint($1, $2), 4326), 0.01)`,
    [point.lng, point.lat],
  );
  if (rows[0]!.metres < 15) throw new Error(`test home ${JSON.stringify(point)} lies within 15 m of a buurt boundary`);
}

async function resident(point: { lng: number; lat: number } | null, buurtCode: string): Promise<TestAccount> {
  const account = await signUpAndLogIn(app, { displayName: `Bewoner ${homes.length + 1}` });
  await settle(app, account);
  if (point) {
    await assertAwayFromBoundary(point);
    await setHome(account, point);
    homes.push(point);
  } else {
    await account.client.patch('/api/me', { homeBuurtCode: buurtCode });
  }
  const base = { type: 'inventory', kind: 'skill', tags: ['gardening'] };
  const publicItem = await addItem(account, { ...base, title: `Tuinieren ${token}`, visibility: 'public' });
  const neighbourItem = await addItem(account, {
    ...base,
    title: `Snoeien ${token}`,
    visibility: 'neighbours',
    tags: ['pruning'],
  });
  const privateItem = await addItem(account, { ...base, title: `Geheim ${token}`, visibility: 'private' });
  await addItem(account, {
    type: 'thing',
    kind: 'tool',
    title: `Ladder ${token}`,
    tags: ['tools'],
    visibility: 'public',
  });
  sampleAssetIds.push(publicItem.id, neighbourItem.id, privateItem.id);
  return account;
}

beforeAll(async () => {
  // Seven residents in one 250 m cell of buurt A, three in a cell of buurt B, two in A without a home point. No other
  // test places anything in these two buurten, so no public point can coincide with a home by chance.
  const centreA = await cellCentreIn(app, 'BU08553903');
  const centreB = await cellCentreIn(app, 'BU08555405');
  const aroundA = [
    [-40, -30],
    [-20, 35],
    [12, -14],
    [25, -45],
    [40, 20],
    [-55, 10],
    [15, 50],
  ];
  for (const [east, north] of aroundA) await resident(offset(centreA, east!, north!), 'BU08553903');
  for (const [east, north] of [
    [-30, 10],
    [20, -20],
    [35, 40],
  ])
    await resident(offset(centreB, east!, north!), 'BU08555405');
  await resident(null, 'BU08553903');
  await resident(null, 'BU08553903');
  const { rows } = await app.pg.query<{ lng: number; lat: number }>(
    `SELECT DISTINCT ST_X(c) AS lng, ST_Y(c) AS lat
     FROM unnest($1::float8[], $2::float8[]) AS h (lng, lat), ST_Transform(ST_SetSRID(ST_MakePoint(h.lng, h.lat), 4326), 28992) AS rd,
          ST_Transform(ST_SetSRID(ST_MakePoint((floor(ST_X(rd) / $3) + 0.5) * $3, (floor(ST_Y(rd) / $3) + 0.5) * $3), 28992), 4326) AS c`,
    [homes.map((home) => home.lng), homes.map((home) => home.lat), CELL_SIZE_M],
  );
  cellCentres.push(...rows);

  viewers.anonymous = new TestClient(app, { ip: '10.40.0.1' });
  // A neighbour who would like to learn what the residents can: their suggestions name them (by band, never by metres).
  const neighbour = await signUpAndLogIn(app);
  await setHome(neighbour, offset(centreA, 300, 300));
  await addItem(neighbour, {
    type: 'inventory',
    kind: 'learn',
    title: 'Tuinieren leren',
    tags: ['gardening', 'pruning'],
    visibility: 'private',
  });
  viewers.neighbour = neighbour.client;
  const admin = await signUpAndLogIn(app);
  await adminRepository.makeAdmin(app.pg.pool, admin.email);
  viewers.admin = admin.client;
  const connector = await signUpAndLogIn(app);
  await admin.client.post(`/api/admin/users/${connector.id}/connector-areas`, { areaCode: 'WK085539' });
  viewers.connector = connector.client;
  sampleAssetIds = sampleAssetIds.slice(0, 6);
});

/** Every [x, y] pair and every {lng, lat} object in a JSON value, and every string. */
function collect(value: unknown, pairs: [number, number][], strings: string[]) {
  if (typeof value === 'string') strings.push(value);
  else if (Array.isArray(value)) {
    if (value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number')
      pairs.push([value[0], value[1]]);
    for (const item of value) collect(item, pairs, strings);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.lng === 'number' && typeof record.lat === 'number') pairs.push([record.lng, record.lat]);
    for (const item of Object.values(record)) collect(item, pairs, strings);
  }
}

function leaksIn(body: string, cellsToo: boolean): string[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = body;
  }
  const pairs: [number, number][] = [];
  const strings: string[] = [];
  collect(json, pairs, strings);
  const leaks: string[] = [];
  for (const home of cellsToo ? [...homes, ...cellCentres] : homes) {
    const lng4 = home.lng.toFixed(4);
    const lat4 = home.lat.toFixed(4);
    if (pairs.some(([x, y]) => x.toFixed(4) === lng4 && y.toFixed(4) === lat4))
      leaks.push(`${lng4},${lat4} as coordinates`);
    if (strings.some((text) => text.includes(lng4) && text.includes(lat4))) leaks.push(`${lng4},${lat4} in text`);
  }
  return leaks;
}

function smallGroupsIn(body: string): string[] {
  const problems: string[] = [];
  const json = JSON.parse(body) as {
    features?: { id: string; properties: { layer?: string; people?: number | null; members?: unknown[] } }[];
  };
  for (const feature of json.features ?? []) {
    const { layer, people, members } = feature.properties;
    if (layer === 'people-cell' && (people === null || people === undefined || people < K))
      problems.push(`${feature.id}: ${people}`);
    if (layer === 'people-buurt' && people !== null && people !== undefined && people < K)
      problems.push(`${feature.id}: ${people}`);
    if (layer === 'people-cell' && members && members.length !== people)
      problems.push(`${feature.id}: members ${members.length} ≠ ${people}`);
  }
  return problems;
}

async function everyGetUrl(): Promise<string[]> {
  const document = (await app.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
  const organisationId =
    (await app.pg.query<{ id: string }>('SELECT id FROM organisations LIMIT 1')).rows[0]?.id ?? randomUUID();
  // Places in the privacy buurten: who nearby could use them names residents, so it must name no home.
  const placeIds = (
    await app.pg.query<{ id: string }>(
      "SELECT id FROM assets WHERE type = 'place' AND buurt_code IN ('BU08553903', 'BU08555405')",
    )
  ).rows.map((row) => row.id);
  const urls = Object.entries(document.paths)
    .filter(([, operations]) => 'get' in operations)
    .flatMap(([path]) => {
      if (path === '/api/assets/{id}') return sampleAssetIds.map((id) => `/api/assets/${id}`);
      if (path === '/api/places/{id}/suggestions') return placeIds.map((id) => `/api/places/${id}/suggestions`);
      return [
        path
          .replace('{code}', path.includes('wijken') ? 'WK085539' : 'BU08553903')
          .replace('{id}', organisationId)
          .replace('/api/areas/lookup', `/api/areas/lookup?lng=${homes[0]!.lng}&lat=${homes[0]!.lat}`),
      ];
    });
  const mapQueries = [
    '',
    `?q=${token}`,
    '?types=people',
    '?tags=gardening',
    '?tags=pruning',
    '?domains=garden-nature',
    '?direction=offer',
    '?buurt=BU08553903',
    '?buurt=BU08555405',
    '?wijk=WK085539',
    '?wijk=WK085554&types=people',
    `?types=people&q=${token}&buurt=BU08553903`,
    `?types=people,thing&q=Ladder`,
    `?bbox=${homes[0]!.lng - 0.001},${homes[0]!.lat - 0.001},${homes[0]!.lng + 0.001},${homes[0]!.lat + 0.001}`,
  ].map((query) => `/api/map${query}`);
  return [...urls, ...mapQueries, '/api/areas/buurten/BU08553903/summary', '/api/areas/buurten/BU08555405/summary'];
}

describe('no one’s home on the map', () => {
  it('shows the residents of the dense cell as one cell of 7, and the rest only per buurt', async () => {
    const map = (await viewers.anonymous!.get(`/api/map?types=people&q=${token}`)).json();
    const groups = map.features.map(
      (feature: { properties: { layer: string; people: number | null; buurtCode: string | null } }) =>
        feature.properties,
    );
    expect(groups).toContainEqual(expect.objectContaining({ layer: 'people-cell', people: 7 }));
    // Buurt A keeps its 2 residents without a home point, buurt B its 3: both fewer than k.
    expect(groups).toContainEqual(
      expect.objectContaining({ layer: 'people-buurt', buurtCode: 'BU08553903', people: null }),
    );
    expect(groups).toContainEqual(
      expect.objectContaining({ layer: 'people-buurt', buurtCode: 'BU08555405', people: null }),
    );
    expect(
      map.features.every((feature: { properties: { members?: unknown } }) => feature.properties.members === undefined),
    ).toBe(true);
  });

  it('shows logged-in neighbours names and tags at the same approximate level, never a point', async () => {
    const map = (await viewers.neighbour!.get(`/api/map?types=people&q=${token}`)).json();
    const cell = map.features.find(
      (feature: { properties: { layer: string } }) => feature.properties.layer === 'people-cell',
    );
    expect(cell.properties.members).toHaveLength(7);
    expect(cell.properties.members[0]).toEqual({ name: expect.stringMatching(/^Bewoner/), tags: expect.any(Array) });
  });

  it('suggests residents to a neighbour by distance band and buurt only: no metres, no cell, no coordinates', async () => {
    const { suggestions } = (await viewers.neighbour!.get('/api/me/suggestions?radius=3000')).json() as {
      suggestions: {
        candidate: { kind: string; name: string };
        distance: { band: string; text: string; metres?: number };
        location: unknown;
      }[];
    };
    const residents = suggestions.filter((suggestion) => suggestion.candidate.kind === 'resident');
    expect(residents.length).toBeGreaterThanOrEqual(7);
    for (const suggestion of residents) {
      expect(suggestion.distance.metres).toBeUndefined();
      expect(['same-buurt', '<500', '<1000', '<2000', '<3000']).toContain(suggestion.distance.band);
      expect(suggestion.location).toEqual({ kind: 'buurt', code: 'BU08553903', name: expect.any(String) });
      const pairs: [number, number][] = [];
      collect(suggestion, pairs, []);
      expect(pairs).toEqual([]);
    }
  });

  it.each(['anonymous', 'neighbour', 'connector', 'admin'])(
    'no response to %s contains a resident’s coordinates, their cell’s centre (but for the map’s groups) or a group smaller than k',
    async (viewer) => {
      const problems: string[] = [];
      for (const url of await everyGetUrl()) {
        const response = await viewers[viewer]!.get(url);
        if (response.statusCode >= 500) problems.push(`${url}: ${response.statusCode}`);
        for (const leak of leaksIn(response.body, !url.startsWith('/api/map'))) problems.push(`${url}: ${leak}`);
        if (url.startsWith('/api/map'))
          for (const group of smallGroupsIn(response.body)) problems.push(`${url}: group ${group}`);
      }
      expect(problems).toEqual([]);
    },
  );

  it('counts residents in a buurt summary only from k on, and shows their tags only where k residents share one', async () => {
    const summary = (await viewers.anonymous!.get('/api/areas/buurten/BU08555405/summary')).json();
    // Buurt B has three of our residents with public items (other tests may add more, never fewer).
    if (summary.counts.residents !== null) expect(summary.counts.residents).toBeGreaterThanOrEqual(K);
    const summaryA = (await viewers.anonymous!.get('/api/areas/buurten/BU08553903/summary')).json();
    expect(summaryA.counts.residents).toBeGreaterThanOrEqual(K);
  });
});

describe('only confirmed accounts of some age count toward k', () => {
  // ~4 s here. Four accounts made for the purpose, given a home in a lone resident's cell, must not make a group of 5.
  it('four fresh accounts in a lone resident’s cell, unconfirmed or confirmed, neither show the cell nor are named', async () => {
    const BUURT = 'BU08551602'; // no other test places anyone here
    const centre = await cellCentreIn(app, BUURT);
    const lone = await signUpAndLogIn(app, { displayName: 'Eenling' });
    await settle(app, lone);
    await setHome(lone, offset(centre, 10, -10));
    await addItem(lone, {
      type: 'inventory',
      kind: 'skill',
      title: 'Fietsen plakken',
      tags: ['bicycle-repair'],
      visibility: 'public',
    });
    const fresh: TestAccount[] = [];
    for (const [east, north] of [
      [-40, 20],
      [30, 35],
      [-25, -40],
      [45, -5],
    ]) {
      const account = await signUpAndLogIn(app, { displayName: `Nieuwkomer ${fresh.length + 1}` });
      await setHome(account, offset(centre, east!, north!));
      await addItem(account, {
        type: 'inventory',
        kind: 'skill',
        title: 'Fietsen plakken',
        tags: ['bicycle-repair'],
        visibility: 'public',
      });
      fresh.push(account);
    }
    const neighbour = await signUpAndLogIn(app);
    await settle(app, neighbour);

    /** What the map (both ways it counts: in advance, and per resident with a filter) and the summary show. */
    async function shown() {
      const seen: { cells: number[]; buurt: (number | null)[]; names: string[]; summary: number | null } = {
        cells: [],
        buurt: [],
        names: [],
        summary: null,
      };
      for (const viewer of [viewers.anonymous!, neighbour.client]) {
        for (const query of [`buurt=${BUURT}`, `buurt=${BUURT}&tags=bicycle-repair`]) {
          const map = (await viewer.get(`/api/map?types=people&${query}`)).json() as {
            features: {
              properties: { layer: string; people: number | null; buurtCode?: string; members?: { name: string }[] };
            }[];
          };
          for (const { properties } of map.features) {
            if (properties.layer === 'people-cell') seen.cells.push(properties.people!);
            if (properties.layer === 'people-buurt' && properties.buurtCode === BUURT)
              seen.buurt.push(properties.people);
            seen.names.push(
              ...(properties.members ?? [])
                .map((member) => member.name)
                .filter((name) => name.startsWith('Nieuwkomer')),
            );
          }
        }
      }
      seen.summary = (await viewers.anonymous!.get(`/api/areas/buurten/${BUURT}/summary`)).json().counts.residents;
      return seen;
    }
    const nothing = { cells: [], buurt: [null, null, null, null], names: [], summary: null };
    expect(await shown()).toEqual(nothing);
    // Confirmed, but brand new: still nothing.
    await app.pg.query('UPDATE users SET email_verified_at = now() WHERE id = ANY ($1::uuid[])', [
      fresh.map((account) => account.id),
    ]);
    expect(await shown()).toEqual(nothing);
    // Once they are confirmed and old enough, they count: the same five make a cell.
    await settle(app, ...fresh);
    const counted = await shown();
    expect(counted.cells).toEqual([5, 5, 5, 5]);
    expect(counted.summary).toBe(5);
  });
});
