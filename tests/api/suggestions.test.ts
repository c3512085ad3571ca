import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import { DEFAULT_PROBE_LIMITS } from '../../api/auth/rate-limits.ts';
import { buildTestApp, useTestApp } from '../helpers/app.ts';
import { signUpAndLogIn, type TestAccount, expectRefusal } from '../helpers/client.ts';
import { addItem, cellCentreIn, geoJsonPoint, offset, setHome } from '../helpers/assets.ts';

// A hand-made corner of Berkel Noord (BU08556606; no other test works there): who lives where, and what they have.
const app = useTestApp();
let anna: TestAccount;
let home: { lng: number; lat: number };
const people: Record<string, TestAccount> = {};
const organisations: Record<string, string> = {};

async function resident(name: string, east: number, north: number, items: Record<string, unknown>[]) {
  const account = await signUpAndLogIn(app, { displayName: name });
  await setHome(account, offset(home, east, north));
  for (const item of items) await addItem(account, { type: 'inventory', visibility: 'public', ...item });
  people[name] = account;
  return account;
}

async function organisation(
  owner: TestAccount,
  name: string,
  east: number,
  north: number,
  tags: string[],
  items: Record<string, unknown>[],
) {
  const created = (await owner.client.post('/api/organisations', { name, kind: 'association' })).json() as {
    id: string;
  };
  await owner.client.patch(`/api/organisations/${created.id}`, { location: offset(home, east, north), tags });
  for (const item of items)
    await addItem(owner, { type: 'organisation-item', ownerOrganisationId: created.id, ...item });
  organisations[name] = created.id;
  return created.id;
}

beforeAll(async () => {
  home = await cellCentreIn(app, 'BU08556606');
  // A database kept from an earlier run (a local PostgreSQL) would hold this corner twice.
  const near = `ST_DWithin(%s::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography, 3500)`;
  await app.pg.query(`DELETE FROM organisations WHERE ${near.replace('%s', 'location')}`, [home.lng, home.lat]);
  await app.pg.query(`DELETE FROM assets WHERE type = 'place' AND ${near.replace('%s', 'geom')}`, [home.lng, home.lat]);
  await app.pg.query(
    `DELETE FROM users WHERE ${near.replace('%s', 'home_location')} OR home_buurt_code = 'BU08556606'`,
    [home.lng, home.lat],
  );
  anna = await resident('Anna', 0, 0, [
    { kind: 'skill', title: 'Fietsen repareren', tags: ['bicycle-repair'] },
    { kind: 'learn', title: 'Gitaar leren', tags: ['guitar'], visibility: 'private' },
    { kind: 'passion', title: 'Vogels kijken', tags: ['birds'] },
    { kind: 'need', title: 'Een boormachine', tags: ['tools'] },
  ]);
  await resident('Bram', 300, 0, [
    { kind: 'learn', title: 'Fiets leren maken', tags: ['bicycle-repair'], visibility: 'neighbours' },
  ]);
  await resident('Carla', 0, 600, [{ kind: 'skill', title: 'Gitaarles', tags: ['guitar'] }]);
  await resident('Dirk', 250, 0, [
    { kind: 'learn', title: 'Banden plakken', tags: ['bicycle-repair'], visibility: 'private' },
  ]);
  await resident('Joke', 100, 0, [
    { kind: 'learn', title: 'Remmen afstellen', tags: ['bicycle-repair'], visibility: 'connectors' },
  ]);
  await resident('Eva', -3000, 0, [{ kind: 'learn', title: 'Fietsen maken', tags: ['bicycle-repair'] }]);
  await resident('Femke', 0, 400, [{ kind: 'learn', title: 'Naaien', tags: ['sewing'] }]);
  await resident('Gijs', -300, 0, [{ kind: 'passion', title: 'Vogels', tags: ['birds'] }]);
  await resident('Hanna', 0, -300, [{ kind: 'passion', title: 'Vogels tellen', tags: ['birds'] }]);
  const ivo = await resident('Ivo', 200, 200, []);
  await addItem(ivo, { type: 'thing', kind: 'tool', title: 'Boormachine', tags: ['tools'], visibility: 'public' });

  const owner = await signUpAndLogIn(app, { displayName: 'Bestuur' });
  people.owner = owner;
  await organisation(
    owner,
    'Fietsclub Berkel',
    350,
    0,
    ['cycling', 'bicycle-repair'],
    [{ kind: 'volunteers', title: 'Fietsenmakers gezocht', tags: ['bicycle-repair'] }],
  );
  await organisation(owner, 'Repair Café Berkel', -400, 0, ['electronics-repair', 'bicycle-repair'], []);
  await organisation(
    owner,
    'Koor Berkel',
    0,
    450,
    ['singing'],
    [{ kind: 'space', title: 'Repetitieruimte gezocht', tags: ['singing'] }],
  );
  await addItem(owner, {
    type: 'place',
    kind: 'community-room',
    title: 'Buurthuis De Schakel',
    tags: ['hosting'],
    geometry: geoJsonPoint(offset(home, 150, 150)),
    details: { capacity: 60, stepFree: true },
  });
}, 60_000);

type Suggestion = {
  key: string;
  rule: string;
  score: number;
  candidate: { kind: string; id: string; name: string };
  matchedTags: { key: string; label: string }[];
  matchedDomains: { key: string; label: string }[];
  distance: { band: string; text: string; metres?: number };
  location: { kind: 'point'; lng: number; lat: number } | { kind: 'buurt'; code: string; name: string } | null;
  reason: string;
  nextStep: string;
  note: string;
  group?: { people: number; members: { name: string }[]; place: { name: string; distance: string } | null };
};

async function suggestionsFor(account: TestAccount, path = '/api/me/suggestions', query = '') {
  const response = await account.client.get(`${path}?lang=en${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { located: boolean; suggestions: Suggestion[] };
}
const find = (suggestions: Suggestion[], rule: string, name: string) =>
  suggestions.find((s) => s.rule === rule && s.candidate.name === name);

describe('suggested connections for a resident', () => {
  it('teach and learn: a neighbour who wants to learn my skill, and one who can teach what I want to learn', async () => {
    const { suggestions } = await suggestionsFor(anna);
    const bram = find(suggestions, 'teach-learn', 'Bram')!;
    expect(bram).toMatchObject({
      matchedTags: [{ key: 'bicycle-repair', label: 'Bicycle repair' }],
      distance: { band: '<500', text: '< 500 m' },
    });
    expect(bram.reason).toBe('Bram (< 500 m) would like to learn bicycle repair: something you can do.');
    // The note for an introduction is for Bram to read, in his language (Dutch), about what Anna brings.
    expect(bram.note).toBe('Hoi Bram, ik kan fietsen repareren en zag dat jij dat wilt leren. Zullen we kennismaken?');
    expect(bram.distance.metres).toBeUndefined();
    // My own private wish to learn counts for me; Carla's public skill answers it.
    expect(find(suggestions, 'teach-learn', 'Carla')).toMatchObject({
      matchedTags: [{ key: 'guitar' }],
      distance: { band: '<1000' },
    });
  });

  it('never uses an item its owner keeps private or for connectors, nor anyone too far away', async () => {
    const names = (await suggestionsFor(anna)).suggestions.map((s) => s.candidate.name);
    expect(names).not.toContain('Dirk');
    expect(names).not.toContain('Joke');
    expect(names).not.toContain('Eva');
  });

  it('a neighbour who gave only their buurt counts as "in your buurt"', async () => {
    const lotte = await signUpAndLogIn(app, { displayName: 'Lotte' });
    await lotte.client.patch('/api/me', { homeBuurtCode: 'BU08556606', language: 'en' });
    await addItem(lotte, {
      type: 'inventory',
      kind: 'learn',
      title: 'Fietsles',
      tags: ['bicycle-repair'],
      visibility: 'public',
    });
    const inBuurt = find((await suggestionsFor(anna)).suggestions, 'teach-learn', 'Lotte');
    expect(inBuurt).toMatchObject({ distance: { band: 'same-buurt', text: 'in your buurt' } });
    // Lotte reads English: her note is in English.
    expect(inBuurt?.note).toBe(
      'Hi Lotte, I can do bicycle repair, and I saw you would like to learn it. Shall we meet?',
    );
  });

  it('a weaker fit by domain: sewing is crafts and repair too', async () => {
    const { suggestions } = await suggestionsFor(anna);
    const femke = find(suggestions, 'teach-learn', 'Femke')!;
    expect(femke).toMatchObject({ matchedTags: [], matchedDomains: [{ key: 'crafts-repair' }] });
    expect(femke.score).toBeLessThan(find(suggestions, 'teach-learn', 'Bram')!.score);
  });

  it('shared passion: neighbours with the same passion, and three of us make a group with a place to meet', async () => {
    const { suggestions } = await suggestionsFor(anna);
    expect(find(suggestions, 'shared-passion', 'Gijs')).toBeDefined();
    const group = suggestions.find((s) => s.key === 'shared-passion:group:birds')!;
    expect(group.group).toMatchObject({
      people: 3,
      members: [{ name: 'Gijs' }, { name: 'Hanna' }],
      place: { name: 'Buurthuis De Schakel', distance: '200 m' },
    });
    expect(group.reason).toBe(
      'You and 2 neighbours share a passion for birds. It could meet at Buurthuis De Schakel (200 m).',
    );
    expect(group.note).toBe('');
  });

  it('volunteer: an organisation nearby looks for my skill, its distance given exactly (its location is public)', async () => {
    const club = find((await suggestionsFor(anna)).suggestions, 'volunteer', 'Fietsclub Berkel')!;
    expect(club).toMatchObject({
      candidate: { kind: 'organisation' },
      distance: { band: 'exact', text: '350 m', metres: 350 },
    });
    expect(club.reason).toContain('“Fietsenmakers gezocht”');
    // An organisation reads the note in the instance's language.
    expect(club.note).toBe(
      'Hallo Fietsclub Berkel, ik zag dat jullie vrijwilligers zoeken: “Fietsenmakers gezocht”. Ik kan fietsen repareren en help graag mee.',
    );
  });

  it('an organisation that moves takes its items along (distance and buurt)', async () => {
    const club = organisations['Fietsclub Berkel']!;
    const owner = people.owner!;
    const move = (to: { lng: number; lat: number }) =>
      owner.client.patch(`/api/organisations/${club}`, { location: to });
    expect((await move(offset(home, 900, 0))).statusCode).toBe(200);
    expect(find((await suggestionsFor(anna)).suggestions, 'volunteer', 'Fietsclub Berkel')!.distance.metres).toBe(900);
    const far = await move(offset(home, -2500, 0));
    expect(far.statusCode, far.body).toBe(200);
    expect(find((await suggestionsFor(anna)).suggestions, 'volunteer', 'Fietsclub Berkel')).toBeUndefined();
    const { rows } = await app.pg.query(
      'SELECT DISTINCT a.buurt_code = o.buurt_code AS same FROM assets a JOIN organisations o ON o.id = a.owner_organisation_id WHERE o.id = $1',
      [club],
    );
    expect(rows).toEqual([{ same: true }]);
    expect((await move(offset(home, 350, 0))).statusCode).toBe(200);
    expect(find((await suggestionsFor(anna)).suggestions, 'volunteer', 'Fietsclub Berkel')!.distance.metres).toBe(350);
  });

  it('places an organisation on the map exactly, a resident only as their buurt', async () => {
    const { suggestions } = await suggestionsFor(anna);
    const club = find(suggestions, 'volunteer', 'Fietsclub Berkel')!;
    const clubAt = offset(home, 350, 0);
    expect(club.location).toEqual({
      kind: 'point',
      lng: expect.closeTo(clubAt.lng, 6),
      lat: expect.closeTo(clubAt.lat, 6),
    });
    // Bram lives 300 m east, over the buurt's edge: his buurt is the one around his home.
    const bramHome = offset(home, 300, 0);
    const { rows } = await app.pg.query<{ code: string; name: string }>(
      'SELECT code, name FROM buurten WHERE ST_Contains(geom, ST_SetSRID(ST_MakePoint($1, $2), 4326))',
      [bramHome.lng, bramHome.lat],
    );
    expect(find(suggestions, 'teach-learn', 'Bram')!.location).toEqual({ kind: 'buurt', ...rows[0] });
  });

  it('lend and share: a neighbour lends what I need', async () => {
    expect(find((await suggestionsFor(anna)).suggestions, 'lend-share', 'Ivo')).toMatchObject({
      matchedTags: [{ key: 'tools' }],
    });
  });

  it('a connector of the buurt may be suggested a resident who shares with connectors only', async () => {
    const admin = await signUpAndLogIn(app);
    await adminRepository.makeAdmin(app.pg.pool, admin.email);
    const connector = await resident('Kees', 50, 50, [{ kind: 'skill', title: 'Fietsen', tags: ['bicycle-repair'] }]);
    expect((await suggestionsFor(connector)).suggestions.map((s) => s.candidate.name)).not.toContain('Joke');
    await admin.client.post(`/api/admin/users/${connector.id}/connector-areas`, { areaCode: 'BU08556606' });
    expect((await suggestionsFor(connector)).suggestions.map((s) => s.candidate.name)).toContain('Joke');
  });

  it('orders by score, and a dismissed suggestion is not shown again', async () => {
    const { suggestions } = await suggestionsFor(anna);
    expect(suggestions.map((s) => s.score)).toEqual([...suggestions.map((s) => s.score)].sort((a, b) => b - a));
    const bram = find(suggestions, 'teach-learn', 'Bram')!;
    const dismissed = await anna.client.post('/api/suggestions/feedback', {
      subject: 'me',
      suggestion: bram.key,
      action: 'dismissed',
    });
    expect(dismissed.statusCode).toBe(204);
    expect(find((await suggestionsFor(anna)).suggestions, 'teach-learn', 'Bram')).toBeUndefined();
    // It is Anna's data: in her export.
    expect((await anna.client.get('/api/me/export')).json().suggestionsDismissedOrActedOn).toEqual([
      { subject: 'me', suggestion: bram.key, action: 'dismissed', at: expect.any(String) },
    ]);
    // Someone else still sees theirs.
    expect(find((await suggestionsFor(people.Carla!)).suggestions, 'teach-learn', 'Anna')).toBeUndefined(); // Anna's wish is private
  });

  it('measures from home cells, never homes: moving within a 250 m cell changes nothing anyone sees', async () => {
    const before = (await suggestionsFor(anna)).suggestions;
    // Anna's home is the centre of her cell; 60 m east and north stays in it. Carla (600 m north: two cells up) moves within hers.
    await setHome(anna, offset(home, 60, 60));
    await setHome(people.Carla!, offset(home, 60, 540));
    const after = (await suggestionsFor(anna)).suggestions;
    expect(after).toEqual(before);
    await setHome(anna, home);
    await setHome(people.Carla!, offset(home, 0, 600));
  });

  it('says so when I have no home yet', async () => {
    const newcomer = await signUpAndLogIn(app);
    expect(await suggestionsFor(newcomer)).toMatchObject({ located: false, suggestions: [] });
  });
});

/** What in a JSON value could say more than a band: coordinate pairs, {lng, lat}, cell sizes or ids ("x:y"). */
function finerThanBand(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return /^-?\d+:-?\d+$/.test(value) ? [`${path}: cell id ${value}`] : [];
  if (Array.isArray(value)) {
    const pair =
      value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number' ? [`${path}: pair`] : [];
    return [...pair, ...value.flatMap((item, i) => finerThanBand(item, `${path}/${i}`))];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      ['lng', 'lat', 'sizeMetres', 'metres', 'cell', 'coordinates'].includes(key)
        ? [`${path}/${key}`]
        : finerThanBand(item, `${path}/${key}`),
    );
  }
  return [];
}

describe('a resident is suggested with no finer distance than a band', () => {
  // ~1 s here (the file: ~50 s with the embedded database's start).
  it('two neighbours in different home cells of the same band and buurt get identical suggestions but for who they are', async () => {
    // A cook south of Anna, and two who want to learn cooking: one home cell west (250 m), one diagonally (354 m).
    const olgaHome = offset(home, 0, -500);
    const olga = await signUpAndLogIn(app, { displayName: 'Olga' });
    await setHome(olga, olgaHome);
    await addItem(olga, {
      type: 'inventory',
      kind: 'skill',
      title: 'Koken voor velen',
      tags: ['cooking'],
      visibility: 'public',
    });
    const learners: TestAccount[] = [];
    for (const [name, east, north] of [
      ['Mila', -250, 0],
      ['Noor', -250, -250],
    ] as const) {
      const learner = await signUpAndLogIn(app, { displayName: name });
      await setHome(learner, offset(olgaHome, east, north));
      await addItem(learner, {
        type: 'inventory',
        kind: 'learn',
        title: 'Leren koken',
        tags: ['cooking'],
        visibility: 'public',
      });
      learners.push(learner);
    }
    // The premise: different cells of one buurt.
    const { rows } = await app.pg.query<{ buurt: string; cell: string }>(
      `SELECT home_buurt_code AS buurt, floor(ST_X(rd) / 250) || ':' || floor(ST_Y(rd) / 250) AS cell
       FROM users, ST_Transform(home_location::geometry, 28992) AS rd WHERE id = ANY ($1::uuid[])`,
      [learners.map((learner) => learner.id)],
    );
    expect(new Set(rows.map((row) => row.buurt)).size).toBe(1);
    expect(new Set(rows.map((row) => row.cell)).size).toBe(2);

    const { suggestions } = await suggestionsFor(olga);
    const mila = find(suggestions, 'teach-learn', 'Mila')!;
    const noor = find(suggestions, 'teach-learn', 'Noor')!;
    expect(mila.distance).toEqual({ band: '<500', text: '< 500 m' });
    const anonymous = (suggestion: Suggestion) =>
      JSON.stringify(suggestion)
        .replaceAll(suggestion.candidate.id, 'ID')
        .replaceAll(suggestion.candidate.name, 'NAME');
    expect(anonymous(noor)).toEqual(anonymous(mila));
    expect(finerThanBand(mila)).toEqual([]);
  });

  it('no suggestion about a resident carries a coordinate pair, a cell or metres', async () => {
    const { suggestions } = await suggestionsFor(anna, '/api/me/suggestions', '&radius=3000');
    const residents = suggestions.filter((suggestion) => suggestion.candidate.kind === 'resident');
    expect(residents.length).toBeGreaterThanOrEqual(5);
    expect(residents.flatMap((suggestion) => finerThanBand(suggestion, suggestion.key))).toEqual([]);
  });
});

describe('suggested connections for an organisation and a place', () => {
  it('space: a place nearby for an organisation that looks for space; partners nearby in the same domains', async () => {
    const choir = await suggestionsFor(people.owner!, `/api/organisations/${organisations['Koor Berkel']}/suggestions`);
    expect(find(choir.suggestions, 'space', 'Buurthuis De Schakel')).toMatchObject({
      candidate: { kind: 'place' },
      distance: { band: 'exact' },
    });
    const club = await suggestionsFor(
      people.owner!,
      `/api/organisations/${organisations['Fietsclub Berkel']}/suggestions`,
    );
    expect(find(club.suggestions, 'partners', 'Repair Café Berkel')).toBeDefined();
    // Residents who can do what the club looks for, by band only.
    const anne = find(club.suggestions, 'volunteer', 'Anna')!;
    expect(anne.distance.metres).toBeUndefined();
  });

  it('space: an organisation that offers a room and the groups that look for space find each other', async () => {
    await organisation(
      people.owner!,
      'Wijkcentrum De Ruimte',
      100,
      400,
      ['hosting'],
      [{ kind: 'room', title: 'Zaal voor 30 mensen', tags: ['hosting'] }],
    );
    const centre = await suggestionsFor(
      people.owner!,
      `/api/organisations/${organisations['Wijkcentrum De Ruimte']}/suggestions`,
    );
    expect(find(centre.suggestions, 'space', 'Koor Berkel')).toBeDefined();
    const choir = await suggestionsFor(people.owner!, `/api/organisations/${organisations['Koor Berkel']}/suggestions`);
    expect(find(choir.suggestions, 'space', 'Wijkcentrum De Ruimte')).toMatchObject({
      candidate: { kind: 'organisation' },
    });
  });

  it('a place: organisations nearby that look for space', async () => {
    const [place] = (await app.pg.query<{ id: string }>("SELECT id FROM assets WHERE title = 'Buurthuis De Schakel'"))
      .rows;
    const answer = await suggestionsFor(anna, `/api/places/${place!.id}/suggestions`);
    expect(find(answer.suggestions, 'space', 'Koor Berkel')).toBeDefined();
  });

  it.each([
    ['GET', '/api/places/not-a-uuid/suggestions', undefined, 'params/id', 'format'],
    ['GET', '/api/me/suggestions?lang=fr', undefined, 'querystring/lang', 'enum'],
    ['GET', '/api/me/suggestions?limit=0', undefined, 'querystring/limit', 'minimum'],
    ['GET', '/api/me/suggestions?radius=far', undefined, 'querystring/radius', 'type'],
    [
      'POST',
      '/api/suggestions/feedback',
      {
        subject: 'organisation:------------------------------------',
        suggestion: 'space:place:x',
        action: 'dismissed',
      },
      'body/subject',
      'pattern',
    ],
    [
      'POST',
      '/api/suggestions/feedback',
      { subject: 'me', suggestion: `teach-learn:resident:${'x'.repeat(200)}`, action: 'dismissed' },
      'body/suggestion',
      'maxLength',
    ],
    [
      'POST',
      '/api/suggestions/feedback',
      { subject: 'me', suggestion: 'teach-learn:resident:x', action: 'forgotten' },
      'body/action',
      'enum',
    ],
    [
      'POST',
      '/api/suggestions/feedback',
      { subject: 'me', suggestion: 42, action: 'dismissed' },
      'body/suggestion',
      'type',
    ],
  ] as const)('refuses %s %s with a 400 naming %s', async (method, path, body, field, rule) => {
    const response = method === 'GET' ? await anna.client.get(path) : await anna.client.post(path, body);
    expectRefusal(response, field, rule);
  });

  it('answers 404 for a place that is not there, or is not a place', async () => {
    const [item] = (
      await app.pg.query<{ id: string }>("SELECT id FROM assets WHERE type = 'organisation-item' LIMIT 1")
    ).rows;
    for (const id of [randomUUID(), item!.id])
      expect((await anna.client.get(`/api/places/${id}/suggestions`)).statusCode).toBe(404);
  });

  it('only members get an organisation’s suggestions; bad input names the field', async () => {
    expect((await anna.client.get(`/api/organisations/${organisations['Koor Berkel']}/suggestions`)).statusCode).toBe(
      403,
    );
    const tooFar = await anna.client.get('/api/me/suggestions?radius=50000');
    expect(tooFar.statusCode).toBe(400);
    expect(tooFar.json().errors[0]).toMatchObject({ field: 'querystring/radius', rule: 'maximum' });
    const bad = await anna.client.post('/api/suggestions/feedback', {
      subject: `organisation:${organisations['Koor Berkel']}`,
      suggestion: 'space:place:x',
      action: 'dismissed',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'body/subject', rule: 'member' });
  });
});

describe('probing where someone lives is limited', () => {
  it('a few home moves, organisation moves and suggestion requests, then 429 with Retry-After', async () => {
    const strict = await buildTestApp(
      {},
      {
        probeLimits: {
          homeMoves: { points: 2, duration: 3600 },
          organisationMoves: { points: 1, duration: 3600 },
          suggestions: { points: 3, duration: 3600 },
          addressSearches: DEFAULT_PROBE_LIMITS.addressSearches,
        },
      },
    );
    try {
      const prober = await signUpAndLogIn(strict, { displayName: 'Speurder' });
      await setHome(prober, offset(home, 0, 0));
      await setHome(prober, offset(home, 500, 0));
      await expect(setHome(prober, offset(home, 1000, 0))).rejects.toThrow(/Too many/);
      const responses = [];
      for (let i = 0; i < 4; i++) responses.push(await prober.client.get(`/api/me/suggestions?radius=${1000 + i}`));
      expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200, 429]);
      expect(Number(responses[3]!.headers['retry-after'])).toBeGreaterThan(0);

      const organisationId = (
        await prober.client.post('/api/organisations', { name: 'Speurclub', kind: 'initiative' })
      ).json().id;
      expect(
        (await prober.client.patch(`/api/organisations/${organisationId}`, { location: offset(home, 0, 0) }))
          .statusCode,
      ).toBe(200);
      expect(
        (await prober.client.patch(`/api/organisations/${organisationId}`, { location: offset(home, 0, 300) }))
          .statusCode,
      ).toBe(429);
      // Other changes to the profile are not limited.
      expect(
        (await prober.client.patch(`/api/organisations/${organisationId}`, { tags: ['cycling'] })).statusCode,
      ).toBe(200);
    } finally {
      await strict.close();
    }
  });
});
