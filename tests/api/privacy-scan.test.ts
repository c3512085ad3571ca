import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import { notificationJobs } from '../../api/mail/notification-mails.service.ts';
import { PUBLIC_LAYERS } from '../../api/ogc/public-layers.ts';
import { K_ANONYMITY } from '../../api/shared/policy.ts';
import { MANY_SIGNUPS_RATE_LIMITS, useTestApp } from '../helpers/app.ts';
import { cellCentreIn, offset, setHome, settle } from '../helpers/assets.ts';
import { signUpAndLogIn, TestClient, type TestAccount } from '../helpers/client.ts';
import { operationsOf, requestFor, type KnownValues, type OpenApiDocument } from '../helpers/openapi-fuzz.ts';
import { findDerivableHiddenCells, type AuditCell } from '../helpers/survey-audit.ts';
import { answerAllWith } from '../helpers/surveys.ts';

/**
 * The privacy scan: residents with known homes and items of every visibility, a lone resident beside four fresh
 * accounts trying to make up a group of five, and a survey round with one answer in a buurt beside five in the next.
 * Then every GET route of the OpenAPI document, as every kind of viewer. It fails on any coordinate within 30 m of a
 * home shown to anyone but its resident, any group of fewer than k people, any text of an item the viewer may not see
 * (by the database's own rule, asset_visible_to), the lone survey answer's comment, and any hidden survey figure that
 * follows from the published ones by subtraction. ~1 min here.
 */
const NEAR_METRES = 30;
const PER_ROUTE_AND_VIEWER = Number(process.env.PRIVACY_SCAN_REQUESTS ?? 6);

const app = useTestApp({}, { rateLimits: MANY_SIGNUPS_RATE_LIMITS });
let document: OpenApiDocument;
let known: KnownValues;
const homes: { owner: string; lng: number; lat: number }[] = [];
const items: { id: string; marker: string; owner: string }[] = [];
let viewers: { name: string; client: TestClient; id: string | null }[] = [];
let loneComment = '';
let roundId = '';
let scanBuurten: string[] = [];
let scanWijk = '';
/** Everyone the scan made, for the scan of the mails they get. */
const accounts: TestAccount[] = [];
let cast: { lone: TestAccount; member: TestAccount; connector: TestAccount; stranger: TestAccount };

function metresBetween(a: { lng: number; lat: number }, b: { lng: number; lat: number }) {
  const rad = Math.PI / 180;
  const x = (b.lng - a.lng) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.sqrt(x * x + y * y) * 6_371_000;
}

/** A home point in a buurt: off its cell's centre, at least 60 m inside the buurt, with nothing public within 150 m. */
async function quietHome(buurt: string): Promise<{ lng: number; lat: number } | null> {
  const point = offset(await cellCentreIn(app, buurt), 60, 40);
  const { rows } = await app.pg.query<{ ok: boolean }>(
    `SELECT ST_Contains(b.geom, p) AND ST_Distance(ST_Boundary(b.geom)::geography, p::geography) > 60
            AND NOT EXISTS (SELECT 1 FROM assets a WHERE a.geom IS NOT NULL AND ST_DWithin(a.geom::geography, p::geography, 150))
            AND NOT EXISTS (SELECT 1 FROM users u WHERE ST_DWithin(u.home_location, p::geography, 150)) AS ok
     FROM buurten b, ST_SetSRID(ST_MakePoint($2, $3), 4326) p WHERE b.code = $1`,
    [buurt, point.lng, point.lat],
  );
  return rows[0]?.ok ? point : null;
}

async function resident(
  name: string,
  buurtHome: { lng: number; lat: number },
  east = 0,
  north = 0,
): Promise<TestAccount> {
  const account = await signUpAndLogIn(app, { displayName: name });
  const home = offset(buurtHome, east, north);
  await setHome(account, home);
  homes.push({ owner: account.id, ...home });
  accounts.push(account);
  return account;
}

beforeAll(async () => {
  document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as OpenApiDocument;

  // Two quiet buurten of one wijk: one for a lone resident, one for a group of exactly k.
  const { rows: candidates } = await app.pg.query<{ code: string; wijk_code: string }>(
    `SELECT code, wijk_code FROM buurten WHERE wijk_code IN (SELECT wijk_code FROM buurten GROUP BY wijk_code HAVING count(*) >= 3)
     ORDER BY wijk_code DESC, code DESC LIMIT 60`,
  );
  const found: { code: string; wijk: string; home: { lng: number; lat: number } }[] = [];
  for (const candidate of candidates) {
    if (found.length === 2 && found[0]!.wijk === found[1]!.wijk) break;
    if (found.length === 1 && found[0]!.wijk !== candidate.wijk_code) found.length = 0;
    const home = await quietHome(candidate.code);
    if (home) found.push({ code: candidate.code, wijk: candidate.wijk_code, home });
  }
  expect(found.length, 'two quiet buurten in one wijk').toBe(2);
  const [loneBuurt, groupBuurt] = found as [(typeof found)[0], (typeof found)[0]];
  scanBuurten = [loneBuurt.code, groupBuurt.code];
  scanWijk = loneBuurt.wijk;

  const lone = await resident('Eenling', loneBuurt.home);
  const group: TestAccount[] = [];
  for (let index = 0; index < K_ANONYMITY; index++)
    group.push(await resident(`Groepslid ${index}`, groupBuurt.home, index * 3, index * 2));
  await settle(app, lone, ...group);
  // Four fresh, unconfirmed accounts in the lone resident's cell: they must not make it a group of five.
  const forgers: TestAccount[] = [];
  for (let index = 0; index < K_ANONYMITY - 1; index++)
    forgers.push(await resident(`Nieuw ${index}`, loneBuurt.home, 5 + index, 5));

  for (const [owner, list] of [
    [lone, ['private', 'connectors', 'neighbours', 'public']],
    [group[0]!, ['private', 'connectors']],
  ] as const) {
    for (const visibility of list) {
      const marker = `scan-${visibility}-${randomUUID().slice(0, 8)}`;
      const created = await owner.client.post('/api/assets', {
        type: 'inventory',
        kind: 'skill',
        title: `${marker} titel`,
        description: `${marker} beschrijving`,
        tags: ['cooking'],
        visibility,
      });
      expect(created.statusCode, created.body).toBe(201);
      items.push({ id: created.json().id, marker, owner: owner.id });
    }
  }
  for (const account of [...group, ...forgers]) {
    const created = await account.client.post('/api/assets', {
      type: 'inventory',
      kind: 'skill',
      title: 'Soep koken',
      tags: ['cooking'],
      visibility: 'public',
    });
    expect(created.statusCode, created.body).toBe(201);
  }

  const admin = await signUpAndLogIn(app, { displayName: 'Scan Beheer' });
  await adminRepository.makeAdmin(app.pg.pool, admin.email);
  const connectorHere = await signUpAndLogIn(app, { displayName: 'Verbinder Hier' });
  const connectorElsewhere = await signUpAndLogIn(app, { displayName: 'Verbinder Elders' });
  const { rows: otherWijk } = await app.pg.query<{ code: string }>(
    'SELECT code FROM wijken WHERE code <> $1 ORDER BY code LIMIT 1',
    [scanWijk],
  );
  expect(
    (await admin.client.post(`/api/admin/users/${connectorHere.id}/connector-areas`, { areaCode: scanWijk }))
      .statusCode,
  ).toBe(201);
  expect(
    (
      await admin.client.post(`/api/admin/users/${connectorElsewhere.id}/connector-areas`, {
        areaCode: otherWijk[0]!.code,
      })
    ).statusCode,
  ).toBe(201);
  const stranger = await signUpAndLogIn(app, { displayName: 'Vreemde' });
  await settle(app, stranger, connectorHere, connectorElsewhere, admin);
  accounts.push(admin, connectorHere, connectorElsewhere, stranger);
  cast = { lone, member: group[1]!, connector: connectorHere, stranger };

  // A survey round over the wijk: one answer in the lone buurt (hidden), five in the group's buurt.
  const round = await admin.client.post('/api/survey-rounds', {
    areaType: 'wijk',
    areaCode: scanWijk,
    title: 'Scanpeiling',
    closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  });
  expect(round.statusCode, round.body).toBe(201);
  roundId = round.json().id;
  loneComment = `scan-lone-comment-${randomUUID().slice(0, 8)}`;
  // An answer counts in its resident's home buurt.
  const loneAnswer = await answerAllWith(lone, roundId, 2, { comment: loneComment });
  expect(loneAnswer.statusCode, loneAnswer.body).toBe(201);
  for (const member of group) expect((await answerAllWith(member, roundId, 8, { comment: '' })).statusCode).toBe(201);

  viewers = [
    { name: 'visitor', client: new TestClient(app, { ip: '10.8.0.1' }), id: null },
    { name: 'stranger', client: stranger.client, id: stranger.id },
    { name: 'forger', client: forgers[0]!.client, id: forgers[0]!.id },
    { name: 'group member', client: group[1]!.client, id: group[1]!.id },
    { name: 'connector of the wijk', client: connectorHere.client, id: connectorHere.id },
    { name: 'connector elsewhere', client: connectorElsewhere.client, id: connectorElsewhere.id },
    { name: 'admin', client: admin.client, id: admin.id },
    { name: 'lone resident', client: lone.client, id: lone.id },
  ];

  const { rows: ids } = await app.pg.query<{ id: string }>(
    `SELECT id::text FROM assets WHERE id = ANY ($1::uuid[]) UNION ALL SELECT id::text FROM users WHERE id = ANY ($2::uuid[])
     UNION ALL SELECT $3::text`,
    [items.map((item) => item.id), homes.map((home) => home.owner), roundId],
  );
  known = { uuids: ids.map((row) => row.id), buurtCodes: scanBuurten, wijkCodes: [scanWijk], strings: ['cooking'] };
}, 240_000);

/** Every [lng, lat] pair (a GeoJSON position or an object with lng and lat) anywhere in a JSON value. */
function positions(value: unknown, found: { lng: number; lat: number }[] = []): { lng: number; lat: number }[] {
  if (Array.isArray(value)) {
    if (value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number')
      found.push({ lng: value[0], lat: value[1] });
    else for (const item of value) positions(item, found);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.lng === 'number' && typeof record.lat === 'number')
      found.push({ lng: record.lng, lat: record.lat });
    for (const item of Object.values(record)) positions(item, found);
  }
  return found;
}

/** Every group of people (map cells and buurten, summaries) that says how many it holds. */
function smallGroups(value: unknown, found: string[] = [], path = ''): string[] {
  if (Array.isArray(value)) value.forEach((item, index) => smallGroups(item, found, `${path}/${index}`));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.people === 'number' && record.people > 0 && record.people < K_ANONYMITY)
      found.push(`${path}: ${record.people} people`);
    // A cell is a place finer than a buurt: it shows only with k people or more. A buurt shows "fewer than k" without a
    // count, and names who is there to registered users (the buurt is as far as a resident's location ever goes).
    if (record.layer === 'people-cell' && !(typeof record.people === 'number' && record.people >= K_ANONYMITY))
      found.push(`${path}: a cell of ${String(record.people)} people`);
    for (const [key, item] of Object.entries(record)) smallGroups(item, found, `${path}/${key}`);
  }
  return found;
}

describe('the privacy scan of every GET route as every kind of viewer', () => {
  it('shows no home, no group under k, no item its viewer may not see, and no hidden survey answer', async () => {
    const operations = operationsOf(document).filter((operation) => operation.method === 'GET');
    const { rows: visibility } = await app.pg.query<{ id: string; viewer: string | null; visible: boolean }>(
      `SELECT a.id::text, v.viewer::text, asset_visible_to(a.owner_user_id, a.visibility, a.buurt_code, b.wijk_code, v.viewer) AS visible
       FROM assets a JOIN buurten b ON b.code = a.buurt_code, unnest($2::uuid[]) AS v (viewer)
       WHERE a.id = ANY ($1::uuid[])`,
      [items.map((item) => item.id), viewers.map((viewer) => viewer.id)],
    );
    const maySee = (item: { id: string; owner: string }, viewer: string | null) =>
      item.owner === viewer ||
      (visibility.find((row) => row.id === item.id && row.viewer === viewer)?.visible ?? false);
    // The scan can fail: a visitor may not see the private items it looks for.
    expect(items.filter((item) => !maySee(item, null)).length).toBeGreaterThan(0);

    const leaks: string[] = [];
    let responses = 0;
    let cellsOfK = 0;
    let ogcCellsOfK = 0;
    // Fixed routes that show the most of people, then generated requests for every GET route.
    const fixed = [
      `/api/map?bbox=4.9,51.5,5.2,51.65&types=people`,
      `/api/map?bbox=4.9,51.5,5.2,51.65`,
      `/api/map?wijk=${scanWijk}&tags=cooking`,
      `/api/areas/buurten/${scanBuurten[0]}/summary`,
      `/api/areas/buurten/${scanBuurten[1]}/summary`,
      `/api/areas/wijken/${scanWijk}/summary`,
      `/api/me/suggestions`,
      `/api/connector/areas/${scanWijk}/connections`,
      `/api/survey-rounds/${roundId}/results`,
      `/api/areas/wijken/${scanWijk}/kompas`,
      `/api/areas/buurten/${scanBuurten[0]}/kompas`,
      // The open data: every public layer whole, as OGC API – Features pages and as files.
      ...PUBLIC_LAYERS.flatMap((layer) => [
        `/ogc/collections/${layer.id}/items?limit=10000`,
        `/api/open-data/${layer.id}.geojson`,
        `/api/open-data/${layer.id}.csv`,
      ]),
      ...items.map((item) => `/api/assets/${item.id}`),
    ];
    const generated = operations.flatMap((operation) =>
      fc
        .sample(requestFor(document, operation, known, { hostile: false }), { numRuns: PER_ROUTE_AND_VIEWER, seed: 7 })
        .map((request) => request.url),
    );
    for (const viewer of viewers) {
      for (const url of [...fixed, ...generated]) {
        const response = await viewer.client.get(url);
        responses++;
        expect(response.statusCode, `${viewer.name} GET ${url}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
        // The routes that show most of people must really answer, or the scan would look at error bodies.
        if (viewer.name === 'connector of the wijk' && fixed.includes(url) && !url.startsWith('/api/assets/'))
          expect(response.statusCode, `${viewer.name} GET ${url}: ${response.body.slice(0, 300)}`).toBe(200);
        const text = response.body;
        for (const item of items) {
          if (text.includes(item.marker) && !maySee(item, viewer.id))
            leaks.push(`${viewer.name} GET ${url}: text of ${item.marker}`);
        }
        if (text.includes(loneComment) && viewer.name !== 'lone resident')
          leaks.push(`${viewer.name} GET ${url}: the hidden buurt's lone comment`);
        if (!response.headers['content-type']?.toString().includes('json')) continue;
        const json = response.json() as unknown;
        const ownHome = homes.find((home) => home.owner === viewer.id);
        for (const position of positions(json)) {
          // A resident's own point comes back to them (their profile, their export); the homes here lie metres apart.
          if (ownHome && metresBetween(position, ownHome) < 0.5) continue;
          for (const home of homes) {
            if (home.owner !== viewer.id && metresBetween(position, home) < NEAR_METRES)
              leaks.push(
                `${viewer.name} GET ${url}: a point ${metresBetween(position, home).toFixed(0)} m from a home`,
              );
          }
        }
        for (const group of smallGroups(json)) leaks.push(`${viewer.name} GET ${url}: ${group}`);
        if (url.startsWith('/api/map') && text.includes('"people-cell"')) cellsOfK++;
        if (url.startsWith('/ogc/collections/people-cells/items') && text.includes('"people":')) ogcCellsOfK++;
        for (const feature of (json as { features?: { properties?: { layer?: string }; geometry?: unknown }[] })
          .features ?? []) {
          const ogcCell = url.startsWith('/ogc/collections/people-cells/items');
          if (feature.properties?.layer !== 'people-cell' && !ogcCell) continue;
          const corners = positions(feature.geometry);
          const inside = (point: { lng: number; lat: number }) =>
            point.lng >= Math.min(...corners.map((c) => c.lng)) &&
            point.lng <= Math.max(...corners.map((c) => c.lng)) &&
            point.lat >= Math.min(...corners.map((c) => c.lat)) &&
            point.lat <= Math.max(...corners.map((c) => c.lat));
          if (inside(homes[0]!))
            leaks.push(`${viewer.name} GET ${url}: the lone resident's cell, made up with fresh accounts`);
        }
      }
    }
    // The scan saw what it looks for: the group of exactly k in its cell (so cells are there to check), and no cell
    // for the lone resident and the four fresh accounts beside them.
    expect(cellsOfK).toBeGreaterThan(0);
    expect(ogcCellsOfK).toBeGreaterThan(0);
    console.log(
      `[privacy scan] ${responses} responses from ${operations.length} GET routes as ${viewers.length} viewers; ${leaks.length} leaks`,
    );
    expect([...new Set(leaks)].slice(0, 30)).toEqual([]);
  }, 900_000);

  it("mails nobody a home, a coordinate, an item they may not see, or anyone else's e-mail address", async () => {
    // Mail-worthy events among the scan's people: a connector's introduction with a note, an answer, messages in
    // its thread, a follow of the lone resident's buurt (the digest), an organisation's request; then every mail job.
    const { lone, member, connector, stranger } = cast;
    const people = accounts.map((account) => account.id);
    await app.pg.query('UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = ANY ($1)', [
      [lone, member, connector, stranger].map((account) => account.id),
    ]);
    const note = `scan-note ${items.map((item) => item.marker).join(' ')}`;
    const made = await connector.client.post('/api/connector/introductions', {
      parties: [
        { kind: 'resident', id: lone.id },
        { kind: 'resident', id: member.id },
      ],
      note: 'Jullie koken allebei graag.',
    });
    expect(made.statusCode, made.body).toBe(201);
    const introduction = made.json().id as string;
    for (const party of [lone, member])
      expect(
        (await party.client.post(`/api/introductions/${introduction}/answer`, { answer: 'accept' })).statusCode,
      ).toBe(200);
    for (const [writer, body] of [
      [lone, `Hoi! ${note}`],
      [member, 'Leuk, zaterdag?'],
    ] as const)
      expect((await writer.client.post(`/api/introductions/${introduction}/messages`, { body })).statusCode).toBe(201);
    expect((await lone.client.put(`/api/me/follows/${scanBuurten[1]}`)).statusCode).toBeLessThan(300);
    const club = await stranger.client.post('/api/organisations', { name: 'Scanclub', kind: 'association' });
    expect(club.statusCode, club.body).toBe(201);

    const jobs = notificationJobs({ mailer: app.mailer, publicUrl: 'http://localhost:3000', people });
    const now = Date.now();
    for (const [name, at] of [
      ['notification-mails', now],
      ['notification-mails', now + 2 * 3_600_000],
      ['notification-daily-summary', now + 86_400_000],
      ['buurt-digests', now + 8 * 86_400_000],
    ] as const)
      await jobs.find((job) => job.name === name)!.run(app.pg.pool, new Date(at));

    const { rows: mails } = await app.pg.query<{
      to_address: string;
      user_id: string | null;
      kind: string;
      subject: string;
      body: string;
      html: string | null;
      headers: Record<string, string>;
    }>(
      `SELECT to_address, user_id::text, kind, subject, body, html, headers FROM outbox_messages
       WHERE user_id = ANY ($1::uuid[]) OR to_address = ANY ($2::text[])`,
      [people, accounts.map((account) => account.email)],
    );
    const { rows: visibility } = await app.pg.query<{ id: string; viewer: string; visible: boolean }>(
      `SELECT a.id::text, v.viewer::text, asset_visible_to(a.owner_user_id, a.visibility, a.buurt_code, b.wijk_code, v.viewer) AS visible
       FROM assets a JOIN buurten b ON b.code = a.buurt_code, unnest($2::uuid[]) AS v (viewer)
       WHERE a.id = ANY ($1::uuid[])`,
      [items.map((item) => item.id), people],
    );
    const leaks: string[] = [];
    for (const mail of mails) {
      const recipient = accounts.find((account) => account.email === mail.to_address);
      const text = [mail.subject, mail.body, mail.html ?? '', JSON.stringify(mail.headers)].join('\n');
      const where = `${mail.kind} mail to ${recipient?.displayName ?? 'someone'}`;
      for (const account of accounts)
        if (account.email !== mail.to_address && text.includes(account.email))
          leaks.push(`${where}: the e-mail address of ${account.displayName}`);
      // Coordinates to five decimals or more (a metre): no mail needs one.
      for (const coordinate of text.match(/\b\d{1,3}\.\d{5,}\b/g) ?? []) leaks.push(`${where}: ${coordinate}`);
      for (const item of items) {
        const visible =
          item.owner === recipient?.id ||
          (visibility.find((row) => row.id === item.id && row.viewer === recipient?.id)?.visible ?? false);
        // A note or message is shown as its writer wrote it, to those in the introduction: the markers in the lone
        // resident's own message are theirs to tell. Only an item's own title or description counts here.
        if (!visible && (text.includes(`${item.marker} titel`) || text.includes(`${item.marker} beschrijving`)))
          leaks.push(`${where}: the text of ${item.marker}`);
      }
      if (text.includes(loneComment)) leaks.push(`${where}: the lone survey comment`);
    }
    // The scan looked at real notification mails: the accepted introduction and the thread's messages.
    const kinds = new Set(mails.map((mail) => mail.kind));
    expect([...kinds], 'the notification mails the scan reads').toEqual(
      expect.arrayContaining(['introduction_accepted', 'thread_message']),
    );
    console.log(`[privacy scan] ${mails.length} mails (${[...kinds].sort().join(', ')}); ${leaks.length} leaks`);
    expect([...new Set(leaks)].slice(0, 30)).toEqual([]);
  }, 120_000);

  it('publishes no survey figure of the round from which the hidden buurt follows by subtraction', async () => {
    const results = (await app.inject({ method: 'GET', url: `/api/survey-rounds/${roundId}/results` })).json() as {
      round: { responses: number | null };
      results: {
        areaType: string;
        areaCode: string;
        reliability: string;
        responses: number | null;
        grades: Record<string, number> | null;
      }[];
    };
    const row = (type: string, code: string) =>
      results.results.find((item) => item.areaType === type && item.areaCode === code);
    const cell = (key: string, parent: string | null, found: ReturnType<typeof row>): AuditCell => {
      const hidden = !found || found.reliability === 'hidden';
      const count = hidden ? null : (found?.responses ?? null);
      const overall = count !== null && found?.grades?.overall !== undefined ? count * found.grades.overall : null;
      return { key, parent, hidden, published: { responses: count, overall } };
    };
    const cells = [
      cell('wijk', null, row('wijk', scanWijk)),
      ...scanBuurten.map((code) => cell(code, 'wijk', row('buurt', code))),
    ];
    // The round's own total counts for the wijk too.
    if (cells[0]!.published.responses === null && results.round.responses !== null)
      cells[0]!.published.responses = results.round.responses;
    expect(cells.find((item) => item.key === scanBuurten[0])!.hidden).toBe(true);
    expect(findDerivableHiddenCells(cells, ['responses', 'overall'])).toEqual([]);
  });
});
