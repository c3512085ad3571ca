import { beforeAll, describe, expect, it } from 'vitest';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import type { Agenda } from '../../api/agendas/agendas.schemas.ts';
import { useTestApp } from '../helpers/app.ts';
import { signUpAndLogIn, type TestAccount } from '../helpers/client.ts';

// The buurtagenda: who may do what, the rules of items and pledges, history and versions, the buurtscan.
// A wijk no other test uses, its two buurten, and a buurt elsewhere.
const WIJK = 'WK085535';
const BUURT = 'BU08553501';
const OTHER_BUURT = 'BU08553401';

const app = useTestApp();
let admin: TestAccount;
let connector: TestAccount;
let resident: TestAccount;
let outsider: TestAccount;
let owner: TestAccount;
let organisationId: string;
let agendaId: string;
let year = 2030;

const anonymous = (url: string) => app.inject({ method: 'GET', url });
async function readAgenda(account: TestAccount | null, id = agendaId): Promise<Agenda> {
  const response = account ? await account.client.get(`/api/agendas/${id}`) : await anonymous(`/api/agendas/${id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Agenda;
}
async function startAgenda(): Promise<string> {
  const created = await connector.client.post('/api/agendas', { areaType: 'wijk', areaCode: WIJK, year: year++ });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id as string;
}

beforeAll(async () => {
  admin = await signUpAndLogIn(app, { displayName: 'Beheer' });
  await adminRepository.makeAdmin(app.pg.pool, admin.email);
  connector = await signUpAndLogIn(app, { displayName: 'Verbinder Noor' });
  expect(
    (await admin.client.post(`/api/admin/users/${connector.id}/connector-areas`, { areaCode: WIJK })).statusCode,
  ).toBe(201);
  resident = await signUpAndLogIn(app, { displayName: 'Bewoner Sam' });
  expect((await resident.client.patch('/api/me', { homeBuurtCode: BUURT })).statusCode).toBe(200);
  outsider = await signUpAndLogIn(app, { displayName: 'Elders' });
  expect((await outsider.client.patch('/api/me', { homeBuurtCode: OTHER_BUURT })).statusCode).toBe(200);
  owner = await signUpAndLogIn(app, { displayName: 'Voorzitter' });
  const organisation = await owner.client.post('/api/organisations', {
    name: 'Buurthuis De Schakel',
    kind: 'association',
  });
  expect(organisation.statusCode, organisation.body).toBe(201);
  organisationId = organisation.json().id;
  await app.pg.query('UPDATE organisations SET buurt_code = $2 WHERE id = $1', [organisationId, BUURT]);
  agendaId = await startAgenda();
});

describe('starting an agenda', () => {
  it('is for the connectors of the area: one per area and year, a clear refusal otherwise', async () => {
    const again = await connector.client.post('/api/agendas', { areaType: 'wijk', areaCode: WIJK, year: year - 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({ field: 'body/year', rule: 'unique' });
    const notMine = await resident.client.post('/api/agendas', { areaType: 'wijk', areaCode: WIJK, year: 2040 });
    expect(notMine.statusCode).toBe(403);
    expect(notMine.json().errors[0]).toMatchObject({ field: 'body/areaCode', rule: 'connector-area' });
    const bad = await connector.client.post('/api/agendas', { areaType: 'buurt', areaCode: WIJK, year: 2040 });
    expect(bad.json().errors[0]).toMatchObject({ field: 'body/areaCode', rule: 'pattern' });
    expect(
      (await connector.client.post('/api/agendas', { areaType: 'wijk', areaCode: 'WK999999', year: 2040 })).statusCode,
    ).toBe(404);
    expect(
      (await connector.client.post('/api/agendas', { areaType: 'wijk', areaCode: WIJK, year: 1900 })).json().errors[0],
    ).toMatchObject({ field: 'body/year', rule: 'minimum' });
  });

  it('keeps a draft among those who take part: the area’s residents and organisations, not outsiders or visitors', async () => {
    expect((await anonymous(`/api/agendas/${agendaId}`)).statusCode).toBe(404);
    expect((await outsider.client.get(`/api/agendas/${agendaId}`)).statusCode).toBe(404);
    expect((await readAgenda(resident)).you).toEqual({ mayEdit: false, takesPart: true });
    expect((await readAgenda(owner)).you).toEqual({ mayEdit: false, takesPart: true });
    expect((await readAgenda(connector)).you).toEqual({ mayEdit: true, takesPart: true });
    const listed = (await anonymous(`/api/agendas?area=${WIJK}`)).json() as { id: string }[];
    expect(listed.map((agenda) => agenda.id)).not.toContain(agendaId);
    expect(
      ((await resident.client.get(`/api/agendas?area=${BUURT}`)).json() as { id: string }[]).map((agenda) => agenda.id),
    ).toContain(agendaId);
  });

  it('lists the agendas of one municipality, and none of a municipality that has no agenda', async () => {
    const ofTilburg = (await resident.client.get('/api/agendas?municipality=GM0855')).json() as { id: string }[];
    expect(ofTilburg.map((agenda) => agenda.id)).toContain(agendaId);
    expect((await resident.client.get('/api/agendas?municipality=GM0014')).json()).toEqual([]);
    const bad = await anonymous('/api/agendas?municipality=Tilburg');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'querystring/municipality', rule: 'pattern' });
  });
});

describe('the buurtscan', () => {
  it('lists the indicators that deviate most from the Tilburg mean, largest first, with source and year', async () => {
    const agenda = await readAgenda(connector);
    const kompas = (await anonymous(`/api/areas/wijken/${WIJK}/kompas`)).json() as {
      quarters: {
        themes: {
          indicators: { key: string; deviation: number | null; class: string | null; value: number | null }[];
        }[];
      }[];
    };
    // Worked out from the kompas by hand: every indicator with a value that is not average, by |deviation|.
    const expected = kompas.quarters
      .flatMap((quarter) => quarter.themes.flatMap((theme) => theme.indicators))
      .filter(
        (indicator) =>
          indicator.value !== null &&
          indicator.deviation !== null &&
          indicator.class !== null &&
          indicator.class !== 'average',
      )
      .sort((a, b) => Math.abs(b.deviation!) - Math.abs(a.deviation!) || a.key.localeCompare(b.key))
      .slice(0, 8)
      .map((indicator) => indicator.key);
    expect(expected.length).toBeGreaterThan(0);
    expect(agenda.scan.map((entry) => entry.key)).toEqual(expected);
    for (const entry of agenda.scan) {
      expect(entry.class).not.toBe('average');
      expect(entry.source).not.toBe('');
      expect(entry.year).toBeGreaterThan(2000);
    }
    const deviations = agenda.scan.map((entry) => Math.abs(entry.deviation));
    expect(deviations).toEqual([...deviations].sort((a, b) => b - a));
  });
});

describe('items', () => {
  let itemId: string;

  it('are written by editors: a theme of the kompas, carriers from the table', async () => {
    const party = await connector.client.post(`/api/agendas/${agendaId}/parties`, {
      role: 'professional',
      organisationId,
    });
    expect(party.statusCode, party.body).toBe(201);
    const unknownTheme = await connector.client.post(`/api/agendas/${agendaId}/items`, {
      ambition: 'Meer ontmoeting',
      theme: 'happiness',
    });
    expect(unknownTheme.json().errors[0]).toMatchObject({ field: 'body/theme', rule: 'theme' });
    const strangeCarrier = await connector.client.post(`/api/agendas/${agendaId}/items`, {
      ambition: 'Meer ontmoeting',
      theme: 'associations',
      carriers: [crypto.randomUUID()],
    });
    expect(strangeCarrier.json().errors[0]).toMatchObject({ field: 'body/carriers', rule: 'party' });
    const noSuchDay = await connector.client.post(`/api/agendas/${agendaId}/items`, {
      ambition: 'Meer ontmoeting',
      theme: 'associations',
      nextStepDate: '2030-02-30',
    });
    expect(noSuchDay.statusCode).toBe(400);
    expect(noSuchDay.json().errors[0]).toMatchObject({ field: 'body/nextStepDate' });
    const huge = await connector.client.post(`/api/agendas/${agendaId}/items`, {
      ambition: 'x'.repeat(301),
      theme: 'associations',
    });
    expect(huge.json().errors[0]).toMatchObject({ field: 'body/ambition', rule: 'maxLength' });
    const byResident = await resident.client.post(`/api/agendas/${agendaId}/items`, {
      ambition: 'Meer ontmoeting',
      theme: 'associations',
    });
    expect(byResident.statusCode).toBe(403);
    expect(byResident.json().errors[0]).toMatchObject({ field: 'params/id', rule: 'editor' });
    const created = await connector.client.post(`/api/agendas/${agendaId}/items`, {
      ambition: 'Een plek om elkaar te ontmoeten',
      theme: 'associations',
      nextStep: 'Rondgang langs de verenigingen',
      nextStepDate: '2030-03-01',
      carriers: [party.json().id],
    });
    expect(created.statusCode, created.body).toBe(201);
    itemId = created.json().id;
    const item = (await readAgenda(connector)).items.find((candidate) => candidate.id === itemId)!;
    expect(item).toMatchObject({
      status: 'idea',
      version: 1,
      nextStepDate: '2030-03-01',
      carriers: [{ name: 'Buurthuis De Schakel', role: 'professional' }],
    });
  });

  it('move through their statuses; "dropped" needs a reason; every change is a version to compare', async () => {
    const noReason = await connector.client.patch(`/api/agenda-items/${itemId}`, { status: 'dropped' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0]).toMatchObject({ field: 'body/droppedReason', rule: 'required' });
    const reasonAlone = await connector.client.patch(`/api/agenda-items/${itemId}`, { droppedReason: 'Geen tijd' });
    expect(reasonAlone.json().errors[0]).toMatchObject({ field: 'body/droppedReason', rule: 'only-when-dropped' });
    // Nothing was half-written.
    expect((await readAgenda(connector)).items.find((item) => item.id === itemId)).toMatchObject({
      status: 'idea',
      version: 1,
    });

    expect(
      (await connector.client.patch(`/api/agenda-items/${itemId}`, { ambition: 'Een huiskamer voor de wijk' })).json(),
    ).toEqual({ version: 2 });
    expect((await connector.client.patch(`/api/agenda-items/${itemId}`, { status: 'agreed' })).json()).toEqual({
      version: 3,
    });
    // The same again changes nothing, and makes no version.
    expect((await connector.client.patch(`/api/agenda-items/${itemId}`, { status: 'agreed' })).json()).toEqual({
      version: 3,
    });
    expect(
      (
        await connector.client.patch(`/api/agenda-items/${itemId}`, {
          status: 'dropped',
          droppedReason: 'De gemeente doet het al',
        })
      ).json(),
    ).toEqual({ version: 4 });
    expect((await readAgenda(connector)).items.find((item) => item.id === itemId)).toMatchObject({
      status: 'dropped',
      droppedReason: 'De gemeente doet het al',
    });
    // Back on the agenda: the reason goes.
    expect((await connector.client.patch(`/api/agenda-items/${itemId}`, { status: 'under-way' })).json()).toEqual({
      version: 5,
    });

    const versions = (await connector.client.get(`/api/agenda-items/${itemId}/versions`)).json() as {
      version: number;
      ambition: string;
      status: string;
      droppedReason: string | null;
      editedBy: string;
    }[];
    expect(
      versions.map((version) => [version.version, version.ambition, version.status, version.droppedReason]),
    ).toEqual([
      [1, 'Een plek om elkaar te ontmoeten', 'idea', null],
      [2, 'Een huiskamer voor de wijk', 'idea', null],
      [3, 'Een huiskamer voor de wijk', 'agreed', null],
      [4, 'Een huiskamer voor de wijk', 'dropped', 'De gemeente doet het al'],
      [5, 'Een huiskamer voor de wijk', 'under-way', null],
    ]);
    expect(versions[1]!.editedBy).toBe('Verbinder Noor');
  });

  it('rest on evidence of the area: an indicator, an observation there; not one elsewhere', async () => {
    const indicator = await connector.client.post(`/api/agendas/${agendaId}/evidence`, {
      kind: 'indicator',
      ref: 'associations-per-1000',
      itemId,
      note: 'Weinig verenigingen',
    });
    expect(indicator.statusCode, indicator.body).toBe(201);
    const twice = await connector.client.post(`/api/agendas/${agendaId}/evidence`, {
      kind: 'indicator',
      ref: 'associations-per-1000',
      itemId,
    });
    expect(twice.statusCode).toBe(409);
    expect(
      (
        await connector.client.post(`/api/agendas/${agendaId}/evidence`, {
          kind: 'indicator',
          ref: 'happiness',
          itemId,
        })
      ).json().errors[0],
    ).toMatchObject({ field: 'body/ref', rule: 'in-area' });

    const [here, elsewhere] = await Promise.all(
      [BUURT, OTHER_BUURT].map(
        async (buurt, i) =>
          (
            await app.pg.query<{ id: string }>(
              `INSERT INTO observations (user_id, kind, body, location, buurt_code)
             SELECT $1, 'could-be-better', $2, ST_PointOnSurface(b.geom), b.code FROM buurten b WHERE b.code = $3 RETURNING id`,
              [resident.id, i === 0 ? 'Geen bankje bij de speeltuin' : 'Elders', buurt],
            )
          ).rows[0]!.id,
      ),
    );
    expect(
      (await connector.client.post(`/api/agendas/${agendaId}/evidence`, { kind: 'observation', ref: here, itemId }))
        .statusCode,
    ).toBe(201);
    expect(
      (await connector.client.post(`/api/agendas/${agendaId}/evidence`, { kind: 'observation', ref: here })).statusCode,
    ).toBe(201);
    const notHere = await connector.client.post(`/api/agendas/${agendaId}/evidence`, {
      kind: 'observation',
      ref: elsewhere,
      itemId,
    });
    expect(notHere.statusCode).toBe(404);
    expect(notHere.json().errors[0]).toMatchObject({ field: 'body/ref', rule: 'in-area' });

    const agenda = await readAgenda(connector);
    const item = agenda.items.find((candidate) => candidate.id === itemId)!;
    const figure = item.evidence.find((evidence) => evidence.kind === 'indicator')!;
    expect(figure).toMatchObject({
      title: 'Verenigingen per 1.000 inwoners',
      note: 'Weinig verenigingen',
      source: 'Krachtkaart (berekend uit de kaart)',
    });
    // A figure that rests on so few things (the wijk's few associations) is that count, as on the kompas: not compared.
    expect(figure.detail).toMatch(/^\d geteld: te weinig om met Tilburg te vergelijken$/);
    // Any other: the value beside Tilburg's, with its index.
    expect(
      (
        await connector.client.post(`/api/agendas/${agendaId}/evidence`, {
          kind: 'indicator',
          ref: 'household-size',
          itemId,
        })
      ).statusCode,
    ).toBe(201);
    const households = (await readAgenda(connector)).items
      .find((candidate) => candidate.id === itemId)!
      .evidence.find((evidence) => evidence.ref === 'household-size')!;
    expect(households.detail).toMatch(/^[\d,]+ personen \(Tilburg [\d,]+ personen\), index \d+$/);
    expect(item.evidence.find((evidence) => evidence.kind === 'observation')).toMatchObject({
      title: 'Geen bankje bij de speeltuin',
      detail: 'kan beter',
    });
    // Without an item: one of the stories the agenda gathered.
    expect(agenda.stories.map((story) => story.title)).toEqual(['Geen bankje bij de speeltuin']);
  });

  it('get pledges from owners only: an organisation its room, not someone else’s asset, nothing private', async () => {
    const place = await owner.client.post('/api/assets', {
      type: 'place',
      kind: 'community-room',
      title: 'Zaal van De Schakel',
      tags: [],
      ownerOrganisationId: organisationId,
      geometry: (
        await app.pg.query<{ g: unknown }>(
          'SELECT ST_AsGeoJSON(ST_PointOnSurface(geom))::json AS g FROM buurten WHERE code = $1',
          [BUURT],
        )
      ).rows[0]!.g,
    });
    expect(place.statusCode, place.body).toBe(201);
    const pledged = await owner.client.post(`/api/agenda-items/${itemId}/pledges`, {
      assetId: place.json().id,
      what: 'De zaal op dinsdagavond',
    });
    expect(pledged.statusCode, pledged.body).toBe(201);
    const time = await owner.client.post(`/api/agenda-items/${itemId}/pledges`, {
      organisationId,
      what: 'Vier vrijwilligers, twee uur per week',
    });
    expect(time.statusCode, time.body).toBe(201);

    const notTheirs = await resident.client.post(`/api/agenda-items/${itemId}/pledges`, {
      assetId: place.json().id,
      what: 'De zaal',
    });
    expect(notTheirs.statusCode).toBe(403);
    expect(notTheirs.json().errors[0]).toMatchObject({ field: 'body/assetId', rule: 'owner' });
    const notTheirOrganisation = await resident.client.post(`/api/agenda-items/${itemId}/pledges`, {
      organisationId,
      what: 'Tijd',
    });
    expect(notTheirOrganisation.json().errors[0]).toMatchObject({ field: 'body/organisationId', rule: 'owner' });
    const privateSkill = await resident.client.post('/api/assets', {
      type: 'inventory',
      kind: 'skill',
      title: 'Koken voor velen',
      tags: [],
      visibility: 'private',
    });
    expect(privateSkill.statusCode, privateSkill.body).toBe(201);
    const hidden = await resident.client.post(`/api/agenda-items/${itemId}/pledges`, {
      assetId: privateSkill.json().id,
      what: 'Koken',
    });
    expect(hidden.json().errors[0]).toMatchObject({ field: 'body/assetId', rule: 'not-private' });
    const both = await owner.client.post(`/api/agenda-items/${itemId}/pledges`, {
      assetId: place.json().id,
      organisationId,
      what: 'x',
    });
    expect(both.json().errors[0]).toMatchObject({ field: 'body', rule: 'one-of' });

    // The owner marks the room used; the resident cannot.
    expect(
      (await resident.client.patch(`/api/agenda-pledges/${pledged.json().id}`, { status: 'used' })).statusCode,
    ).toBe(403);
    expect((await owner.client.patch(`/api/agenda-pledges/${pledged.json().id}`, { status: 'used' })).statusCode).toBe(
      204,
    );
    const item = (await readAgenda(resident)).items.find((candidate) => candidate.id === itemId)!;
    expect(item.pledges.map((pledge) => [pledge.what, pledge.status, pledge.pledgedBy])).toEqual([
      ['De zaal op dinsdagavond', 'used', 'Buurthuis De Schakel'],
      ['Vier vrijwilligers, twee uur per week', 'pledged', 'Buurthuis De Schakel'],
    ]);
    expect((await readAgenda(resident)).progress.pledges).toEqual({ pledged: 2, used: 1 });
  });

  it('are supported once per account, by those who take part; comments stay among them', async () => {
    expect((await resident.client.put(`/api/agenda-items/${itemId}/support`)).statusCode).toBe(204);
    expect((await resident.client.put(`/api/agenda-items/${itemId}/support`)).statusCode).toBe(204);
    expect((await owner.client.put(`/api/agenda-items/${itemId}/support`)).statusCode).toBe(204);
    expect(
      (await resident.client.post(`/api/agenda-items/${itemId}/comments`, { body: 'Ik help graag met koffie.' }))
        .statusCode,
    ).toBe(201);
    const seen = (await readAgenda(resident)).items.find((item) => item.id === itemId)!;
    expect(seen).toMatchObject({
      supports: 2,
      supportedByMe: true,
      comments: [{ body: 'Ik help graag met koffie.', author: 'Bewoner Sam', mine: true }],
    });

    expect((await connector.client.post(`/api/agendas/${agendaId}/publish`)).statusCode).toBe(204);
    // Published: public, but outsiders neither edit nor support, and the public page has no residents' words.
    const outside = await outsider.client.put(`/api/agenda-items/${itemId}/support`);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().errors[0]).toMatchObject({ field: 'params/id', rule: 'takes-part' });
    expect(
      (await outsider.client.patch(`/api/agendas/${agendaId}`, { urgency: 'Anders' })).json().errors[0],
    ).toMatchObject({ field: 'params/id', rule: 'editor' });
    const visitor = await readAgenda(null);
    expect(visitor.status).toBe('published');
    expect(visitor.items.find((item) => item.id === itemId)).toMatchObject({
      supports: 2,
      supportedByMe: false,
      comments: [],
    });
    expect(
      ((await anonymous(`/api/agendas?area=${BUURT}`)).json() as { id: string; progress: { supports: number } }[]).find(
        (agenda) => agenda.id === agendaId,
      )?.progress.supports,
    ).toBe(2);

    expect((await resident.client.delete(`/api/agenda-items/${itemId}/support`)).statusCode).toBe(204);
    expect((await readAgenda(null)).items.find((item) => item.id === itemId)!.supports).toBe(1);
  });

  it('count the introductions made for them: a connector introduces two parties for the item, at once', async () => {
    const before = (
      await app.pg.query<{ n: number }>('SELECT count(*)::int AS n FROM introductions WHERE requested_by = $1', [
        connector.id,
      ])
    ).rows[0]!.n;
    const club = await resident.client.post('/api/organisations', {
      name: 'Moestuinclub De Schakel',
      kind: 'initiative',
    });
    expect(club.statusCode, club.body).toBe(201);
    await app.pg.query('UPDATE organisations SET buurt_code = $2 WHERE id = $1', [club.json().id, BUURT]);
    const parties = [
      { kind: 'organisation', id: organisationId },
      { kind: 'organisation', id: club.json().id },
    ];
    const wrongItem = await connector.client.post('/api/connector/introductions', {
      parties,
      note: 'Voor de huiskamer',
      forAgendaItem: crypto.randomUUID(),
    });
    expect(wrongItem.statusCode).toBe(404);
    expect(wrongItem.json().errors[0]).toMatchObject({ field: 'body/forAgendaItem', rule: 'exists' });
    // Nothing half-written: the refused link took the introduction back with it.
    expect(
      (
        await app.pg.query<{ n: number }>('SELECT count(*)::int AS n FROM introductions WHERE requested_by = $1', [
          connector.id,
        ])
      ).rows[0]!.n,
    ).toBe(before);
    const made = await connector.client.post('/api/connector/introductions', {
      parties,
      note: 'Voor de huiskamer',
      forAgendaItem: itemId,
    });
    expect(made.statusCode, made.body).toBe(201);
    const agenda = await readAgenda(null);
    expect(agenda.items.find((item) => item.id === itemId)!.introductions).toEqual({ made: 1, accepted: 0, met: 0 });
    expect(agenda.progress.introductions.made).toBe(1);
  });

  it('keeps a history of who did what, and gives a resident’s part in their data export', async () => {
    const history = (await resident.client.get(`/api/agendas/${agendaId}/history`)).json() as {
      actor: string | null;
      action: string;
      details: Record<string, unknown>;
    }[];
    const actions = history.map((entry) => `${entry.actor}: ${entry.action}`).reverse();
    for (const expected of [
      'Verbinder Noor: agenda.created',
      'Verbinder Noor: party.added',
      'Verbinder Noor: item.created',
      'Verbinder Noor: item.edited',
      'Verbinder Noor: item.status',
      'Voorzitter: pledge.made',
      'Voorzitter: pledge.status',
      'Bewoner Sam: item.supported',
      'Verbinder Noor: agenda.published',
      'Bewoner Sam: item.support-withdrawn',
      'Verbinder Noor: introduction.linked',
    ]) {
      expect(actions).toContain(expected);
    }
    expect(
      history.find((entry) => entry.action === 'item.status' && entry.details.to === 'dropped')?.details,
    ).toMatchObject({ from: 'agreed', reason: 'De gemeente doet het al' });
    // Visitors read the same history without the names of those who supported or commented.
    const publicHistory = (await anonymous(`/api/agendas/${agendaId}/history`)).json() as {
      actor: string | null;
      action: string;
    }[];
    expect(publicHistory.filter((entry) => entry.action === 'item.supported').map((entry) => entry.actor)).toEqual([
      null,
      null,
    ]);
    expect(publicHistory.some((entry) => entry.actor === 'Bewoner Sam')).toBe(false);
    expect(publicHistory.some((entry) => entry.actor === 'Verbinder Noor' && entry.action === 'item.created')).toBe(
      true,
    );
    // A refused write left no trace.
    expect(actions.filter((action) => action.includes('pledge.made'))).toHaveLength(2);

    const exported = (await resident.client.get('/api/me/export')).json();
    expect(exported.agenda.comments).toMatchObject([
      { item: 'Een huiskamer voor de wijk', body: 'Ik help graag met koffie.' },
    ]);
  });
});

describe('the table', () => {
  it('seats a resident only by their own choice, organisations by their members or editors, named parties by editors', async () => {
    const id = await startAgenda();
    const joined = await resident.client.post(`/api/agendas/${id}/parties`, { role: 'resident', me: true });
    expect(joined.statusCode, joined.body).toBe(201);
    expect((await resident.client.post(`/api/agendas/${id}/parties`, { role: 'resident', me: true })).statusCode).toBe(
      409,
    );
    const named = await resident.client.post(`/api/agendas/${id}/parties`, {
      role: 'municipality',
      name: 'Gemeente Tilburg, wijkteam',
    });
    expect(named.json().errors[0]).toMatchObject({ field: 'body/name', rule: 'editor' });
    expect(
      (
        await connector.client.post(`/api/agendas/${id}/parties`, {
          role: 'municipality',
          name: 'Gemeente Tilburg, wijkteam',
        })
      ).statusCode,
    ).toBe(201);
    const notMember = await resident.client.post(`/api/agendas/${id}/parties`, {
      role: 'professional',
      organisationId,
    });
    expect(notMember.json().errors[0]).toMatchObject({ field: 'body/organisationId', rule: 'member' });
    expect(
      (await owner.client.post(`/api/agendas/${id}/parties`, { role: 'professional', organisationId })).statusCode,
    ).toBe(201);
    const two = await connector.client.post(`/api/agendas/${id}/parties`, {
      role: 'professional',
      organisationId,
      me: true,
    });
    expect(two.json().errors[0]).toMatchObject({ field: 'body', rule: 'one-of' });

    const parties = (await readAgenda(resident, id)).parties;
    expect(parties.map((party) => [party.role, party.kind, party.name, party.mine])).toEqual([
      ['resident', 'resident', 'Bewoner Sam', true],
      ['professional', 'organisation', 'Buurthuis De Schakel', false],
      ['municipality', 'named', 'Gemeente Tilburg, wijkteam', false],
    ]);
    // The resident leaves again; they cannot remove the organisation.
    const mine = parties.find((party) => party.mine)!;
    expect((await resident.client.delete(`/api/agendas/${id}/parties/${parties[1]!.id}`)).statusCode).toBe(403);
    expect((await resident.client.delete(`/api/agendas/${id}/parties/${mine.id}`)).statusCode).toBe(204);
    expect((await readAgenda(resident, id)).parties).toHaveLength(2);
  });
});

describe('a pledged resident’s item', () => {
  // ~3 s here. Whatever the agenda and its history show of a pledged item is what the viewer may see of the item.
  it('shows its title and its owner’s name only to those who may see the item itself, in a draft and once published', async () => {
    const id = await startAgenda();
    const created = await connector.client.post(`/api/agendas/${id}/items`, {
      ambition: 'Samen eten in de wijk',
      theme: 'associations',
    });
    expect(created.statusCode, created.body).toBe(201);
    const itemId = created.json().id as string;
    const titles = { connectors: 'Kookles bij mij thuis', neighbours: 'Soep voor de straat' } as const;
    const assets: Record<string, string> = {};
    for (const visibility of ['connectors', 'neighbours'] as const) {
      const asset = await resident.client.post('/api/assets', {
        type: 'inventory',
        kind: 'skill',
        title: titles[visibility],
        tags: [],
        visibility,
      });
      expect(asset.statusCode, asset.body).toBe(201);
      assets[visibility] = asset.json().id;
      const pledged = await resident.client.post(`/api/agenda-items/${itemId}/pledges`, {
        assetId: assets[visibility],
        what: `Toegezegd: ${visibility}`,
      });
      expect(pledged.statusCode, pledged.body).toBe(201);
    }
    // What the agenda shows of each pledge, and whether the viewer may open the item itself.
    async function seen(account: TestAccount | null) {
      const agenda = await readAgenda(account, id);
      const pledges = agenda.items.find((item) => item.id === itemId)!.pledges;
      return Promise.all(
        (['connectors', 'neighbours'] as const).map(async (visibility) => {
          const pledge = pledges.find((candidate) => candidate.what === `Toegezegd: ${visibility}`)!;
          const url = `/api/assets/${assets[visibility]}`;
          const opens = (account ? await account.client.get(url) : await anonymous(url)).statusCode === 200;
          return { visibility, opens, title: pledge.asset?.title ?? null, by: pledge.pledgedBy };
        }),
      );
    }
    const sam = 'Bewoner Sam';
    // In the draft: the connector of the area sees both; a member of the table (an organisation's chair) only the item
    // for neighbours, like any registered user.
    expect(await seen(connector)).toEqual([
      { visibility: 'connectors', opens: true, title: titles.connectors, by: sam },
      { visibility: 'neighbours', opens: true, title: titles.neighbours, by: sam },
    ]);
    expect(await seen(owner)).toEqual([
      { visibility: 'connectors', opens: false, title: null, by: null },
      { visibility: 'neighbours', opens: true, title: titles.neighbours, by: sam },
    ]);
    expect(await seen(resident)).toEqual([
      { visibility: 'connectors', opens: true, title: titles.connectors, by: sam },
      { visibility: 'neighbours', opens: true, title: titles.neighbours, by: sam },
    ]);

    expect((await connector.client.post(`/api/agendas/${id}/publish`)).statusCode).toBe(204);
    expect(await seen(null)).toEqual([
      { visibility: 'connectors', opens: false, title: null, by: null },
      { visibility: 'neighbours', opens: false, title: null, by: null },
    ]);
    // Nowhere in what a visitor reads: not the agenda, not its history, not even an entry written with the title in it.
    await app.pg.query(
      `INSERT INTO agenda_history (agenda_id, item_id, actor_id, action, details) VALUES ($1, $2, $3, 'pledge.made', $4)`,
      [id, itemId, resident.id, JSON.stringify({ what: 'Toegezegd: eerder', of: titles.connectors })],
    );
    const visitorReads = [
      (await anonymous(`/api/agendas/${id}`)).body,
      (await anonymous(`/api/agendas/${id}/history`)).body,
    ].join('\n');
    for (const secret of [titles.connectors, titles.neighbours, sam, assets.connectors!, assets.neighbours!])
      expect(visitorReads).not.toContain(secret);

    const history = async (account: TestAccount | null) =>
      (
        (account
          ? await account.client.get(`/api/agendas/${id}/history`)
          : await anonymous(`/api/agendas/${id}/history`)
        ).json() as {
          actor: string | null;
          action: string;
          details: Record<string, unknown>;
        }[]
      )
        .filter((entry) => entry.action === 'pledge.made')
        .map((entry) => [entry.details.what, entry.details.of ?? null, entry.actor])
        .sort();
    expect(await history(null)).toEqual([
      ['Toegezegd: connectors', null, null],
      ['Toegezegd: eerder', null, null],
      ['Toegezegd: neighbours', null, null],
    ]);
    expect(await history(owner)).toEqual([
      ['Toegezegd: connectors', null, null],
      ['Toegezegd: eerder', null, null],
      ['Toegezegd: neighbours', titles.neighbours, sam],
    ]);
    expect(await history(connector)).toEqual([
      ['Toegezegd: connectors', titles.connectors, sam],
      ['Toegezegd: eerder', null, null],
      ['Toegezegd: neighbours', titles.neighbours, sam],
    ]);
  });
});
