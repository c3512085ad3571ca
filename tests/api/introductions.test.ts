import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import { DECLINE_COOL_DOWN_DAYS, statusAfterAnswers } from '../../api/introductions/introductions.service.ts';
import { buildTestApp, useTestApp } from '../helpers/app.ts';
import { errorOf, signUpAndLogIn, type TestAccount } from '../helpers/client.ts';
import { addItem, cellCentreIn, offset, setHome, settle } from '../helpers/assets.ts';

// Introductions in Fatima (BU08552002; no other test works there), one neighbour in Groeseind (BU08552101), and a
// connector for BU08552002 only.
const BUURT = 'BU08552002';
const OTHER_BUURT = 'BU08552101';
const app = useTestApp();
let home: { lng: number; lat: number };
let admin: TestAccount;
let connector: TestAccount;
let anna: TestAccount;
let bram: TestAccount;
let carla: TestAccount;
let dirk: TestAccount;
let eva: TestAccount;
let olga: TestAccount;
let club: string;
let clubPlace: string;

async function resident(name: string, at: { lng: number; lat: number }, visibility: string | null) {
  const account = await signUpAndLogIn(app, { displayName: name });
  await settle(app, account);
  await setHome(account, at);
  if (visibility)
    await addItem(account, {
      type: 'inventory',
      kind: 'skill',
      title: `${name} kan koken`,
      tags: ['cooking'],
      visibility,
    });
  return account;
}

type Introduction = {
  id: string;
  status: string;
  canAnswer: boolean;
  canWrite: boolean;
  myParty: number | null;
  askedByMe: boolean;
  parties: { kind: string; id: string; name: string; answer: string }[];
  messages?: { senderName: string; body: string; mine: boolean; id: string }[];
};

async function ask(from: TestAccount, body: Record<string, unknown>) {
  return from.client.post('/api/introductions', { note: 'Jullie koken allebei graag, maak eens kennis!', ...body });
}
async function asked(from: TestAccount, body: Record<string, unknown>): Promise<string> {
  const response = await ask(from, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}
const detail = async (account: TestAccount, id: string) =>
  (await account.client.get(`/api/introductions/${id}`)).json() as Introduction;
const bell = async (account: TestAccount) =>
  (await account.client.get('/api/me/notifications')).json() as {
    unread: number;
    items: { kind: string; introductionId: string }[];
  };
const answer = (account: TestAccount, id: string, value: string) =>
  account.client.post(`/api/introductions/${id}/answer`, { answer: value });
const write = (account: TestAccount, id: string, body: string) =>
  account.client.post(`/api/introductions/${id}/messages`, { body });
/** A resident as the party of an introduction. */
const party = (account: TestAccount) => ({ kind: 'resident', id: account.id });
const introduce = (by: TestAccount, parties: { kind: string; id: string }[], note = 'Kennismaken?') =>
  by.client.post('/api/connector/introductions', { parties, note });

beforeAll(async () => {
  home = await cellCentreIn(app, BUURT);
  admin = await signUpAndLogIn(app, { displayName: 'Beheer' });
  await adminRepository.makeAdmin(app.pg.pool, admin.email);
  anna = await resident('Anna', home, 'public');
  bram = await resident('Bram', offset(home, 100, 0), 'neighbours');
  carla = await resident('Carla', offset(home, 0, 100), 'private');
  dirk = await resident('Dirk', offset(home, -100, 0), null);
  eva = await resident('Eva', await cellCentreIn(app, OTHER_BUURT), 'public');
  connector = await resident('Conny', offset(home, 0, -100), 'public');
  await admin.client.post(`/api/admin/users/${connector.id}/connector-areas`, { areaCode: BUURT });
  olga = await resident('Olga', offset(home, 50, 50), null);
  club = (await olga.client.post('/api/organisations', { name: 'Kookclub Fatima', kind: 'association' })).json().id;
  await olga.client.patch(`/api/organisations/${club}`, { location: offset(home, 40, 0), tags: ['cooking'] });
  clubPlace = (
    await addItem(olga, {
      type: 'place',
      kind: 'community-room',
      ownerOrganisationId: club,
      title: 'Keuken van de Kookclub',
      tags: ['cooking'],
      geometry: { type: 'Point', coordinates: [offset(home, 40, 10).lng, offset(home, 40, 10).lat] },
    })
  ).id;
}, 60_000);

describe('the state machine', () => {
  it('one decline closes it, two acceptances open it, otherwise it waits', () => {
    expect(statusAfterAnswers(['accepted', 'pending'])).toBe('asked');
    expect(statusAfterAnswers(['pending', 'pending'])).toBe('asked');
    expect(statusAfterAnswers(['accepted', 'accepted'])).toBe('accepted');
    expect(statusAfterAnswers(['accepted', 'declined'])).toBe('declined');
    expect(statusAfterAnswers(['declined', 'pending'])).toBe('declined');
  });
});

describe('asking for an introduction', () => {
  it('double opt-in: the other side sees it in their inbox and bell, accepts, and only then can both write', async () => {
    const id = await asked(anna, {
      to: party(bram),
      suggestion: `teach-learn:resident:${bram.id}`,
    });
    const mine = await detail(anna, id);
    expect(mine).toMatchObject({ status: 'asked', askedByMe: true, canAnswer: false, canWrite: false, myParty: 1 });
    expect(mine.parties.map((party) => [party.name, party.answer])).toEqual([
      ['Anna', 'accepted'],
      ['Bram', 'pending'],
    ]);

    expect(await bell(bram)).toMatchObject({
      unread: 1,
      items: [{ kind: 'introduction-asked', introductionId: id, about: 'Anna' }],
    });
    const theirs = (await bram.client.get('/api/introductions')).json() as Introduction[];
    expect(theirs.find((item) => item.id === id)).toMatchObject({
      canAnswer: true,
      myParty: 2,
      requestedById: anna.id,
    });
    expect((await detail(anna, id)) as unknown).toMatchObject({ requestedById: null });
    // Opening it reads the notification.
    await detail(bram, id);
    expect((await bell(bram)).unread).toBe(0);

    // Before both accepted there is no thread.
    expect(errorOf(await write(anna, id, 'Hoi!'))).toEqual({
      field: 'params/id',
      rule: 'status',
      message: expect.any(String),
    });

    const accepted = await answer(bram, id, 'accept');
    expect(accepted.json()).toEqual({ status: 'accepted' });
    expect((await bell(anna)).items[0]).toMatchObject({ kind: 'introduction-accepted', introductionId: id });

    expect((await write(anna, id, 'Hoi Bram, zullen we koffie drinken?')).statusCode).toBe(201);
    expect((await write(bram, id, 'Graag, dinsdag?')).statusCode).toBe(201);
    const thread = await detail(bram, id);
    expect(thread.messages!.map((message) => [message.senderName, message.mine])).toEqual([
      ['Anna', false],
      ['Bram', true],
    ]);
    // Display names only: no e-mail address of anyone in what either side sees.
    const seen = JSON.stringify([thread, await detail(anna, id), await bell(anna)]);
    expect(seen).not.toContain(anna.email);
    expect(seen).not.toContain(bram.email);

    // A suggestion acted on is not suggested again.
    const feedback = await app.pg.query(
      'SELECT action FROM suggestion_feedback WHERE user_id = $1 AND suggestion = $2',
      [anna.id, `teach-learn:resident:${bram.id}`],
    );
    expect(feedback.rows).toEqual([{ action: 'acted' }]);

    expect((await anna.client.post(`/api/introductions/${id}/met`)).statusCode).toBe(204);
    expect((await detail(bram, id)).status).toBe('met');
  });

  it('a decline is quiet: the asker gets no notification, and nobody can answer again', async () => {
    // Someone of their own: after this no, the Kookclub and Henk are not introduced again for a while.
    const henk = await resident('Henk', offset(home, 20, -20), 'public');
    const id = await asked(henk, { to: { kind: 'place', id: clubPlace } });
    const before = (await bell(henk)).unread;
    const introduction = await detail(olga, id);
    expect(introduction.parties.map((party) => [party.kind, party.name])).toEqual([
      ['resident', 'Henk'],
      ['organisation', 'Kookclub Fatima'],
    ]);
    expect((await answer(olga, id, 'decline')).json()).toEqual({ status: 'declined' });
    expect((await bell(henk)).unread).toBe(before);
    expect(errorOf(await answer(olga, id, 'accept'))).toMatchObject({ field: 'params/id', rule: 'status' });
    expect(errorOf(await henk.client.post(`/api/introductions/${id}/met`))).toMatchObject({ rule: 'status' });
  });

  it('an organisation member asks for the organisation; any member answers for it', async () => {
    const id = await asked(olga, { fromOrganisation: club, to: party(connector) });
    expect((await detail(olga, id)).parties.map((party) => party.name)).toEqual(['Kookclub Fatima', 'Conny']);
    expect((await answer(connector, id, 'accept')).json()).toEqual({ status: 'accepted' });
  });

  it.each([
    ['a resident who shares nothing I may see', () => ({ to: party(carla) }), 404, 'body/to/id', 'exists'],
    ['a resident with no items', () => ({ to: party(dirk) }), 404, 'body/to/id', 'exists'],
    ['an unknown id', () => ({ to: { kind: 'organisation', id: randomUUID() } }), 404, 'body/to/id', 'exists'],
    ['an unknown place', () => ({ to: { kind: 'place', id: randomUUID() } }), 404, 'body/to/id', 'exists'],
    ['myself', () => ({ to: party(anna) }), 400, 'body/to', 'not-self'],
    ['someone I already have an open introduction with', () => ({ to: party(bram) }), 409, 'body/to', 'unique'],
    [
      'for an organisation I do not belong to',
      () => ({ fromOrganisation: club, to: party(eva) }),
      400,
      'body/fromOrganisation',
      'member',
    ],
    ['with an empty note', () => ({ to: party(eva), note: '   ' }), 400, 'body/note', 'pattern'],
    ['with a note too long', () => ({ to: party(eva), note: 'x'.repeat(501) }), 400, 'body/note', 'maxLength'],
    ['of a kind that is not a party', () => ({ to: { kind: 'buurt', id: randomUUID() } }), 400, 'body/to/kind', 'enum'],
    ['with an unknown field', () => ({ to: party(eva), email: 'x@example.org' }), 400, 'body', 'additionalProperties'],
  ])('refuses to ask %s', async (_, body, status, field, rule) => {
    const response = await ask(anna, body());
    expect(response.statusCode, response.body).toBe(status);
    expect(errorOf(response)).toMatchObject({ field, rule });
  });

  it('refuses answers from anyone but the party that has to answer', async () => {
    const id = await asked(eva, { to: party(anna) });
    expect((await answer(dirk, id, 'accept')).statusCode).toBe(404);
    expect(errorOf(await answer(eva, id, 'accept'))).toMatchObject({ field: 'body/answer', rule: 'already-answered' });
    expect(errorOf(await answer(anna, id, 'maybe'))).toMatchObject({ field: 'body/answer', rule: 'enum' });
    expect((await dirk.client.get(`/api/introductions/${id}`)).statusCode).toBe(404);
    expect((await answer(anna, randomUUID(), 'accept')).statusCode).toBe(404);
    expect(errorOf(await anna.client.post('/api/introductions/not-a-uuid/answer', { answer: 'accept' }))).toMatchObject(
      { field: 'params/id', rule: 'format' },
    );
    expect((await answer(anna, id, 'accept')).json()).toEqual({ status: 'accepted' });
    expect(errorOf(await answer(anna, id, 'decline'))).toMatchObject({ rule: 'status' });
  });

  it('limits how many introductions one account asks for in a day', async () => {
    const strict = await buildTestApp({}, { introductionsPerDay: 2 });
    try {
      const asker = await signUpAndLogIn(strict, { displayName: 'Snelle Sam' });
      const targets = [anna, eva, connector];
      const answers = [];
      for (const target of targets) answers.push((await ask(asker, { to: party(target) })).statusCode);
      expect(answers).toEqual([201, 201, 429]);
      const refused = await ask(asker, { to: party(connector) });
      expect(errorOf(refused)).toMatchObject({ field: 'body', rule: 'introductions-per-day' });
      // Until the first of the two leaves the 24 hours.
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(23 * 3600);
      expect(
        (await strict.pg.query('SELECT count(*)::int AS n FROM introductions WHERE requested_by = $1', [asker.id]))
          .rows[0].n,
      ).toBe(2);
    } finally {
      await strict.close();
    }
  });
});

describe('blocks and reports', () => {
  it('someone I blocked cannot ask me (and is not told why), and their earlier request leaves my inbox', async () => {
    const pest = await resident('Piet', offset(home, 30, 30), 'public');
    const first = await asked(pest, { to: party(bram) });
    expect((await bram.client.put(`/api/me/blocks/${pest.id}`)).statusCode).toBe(204);
    const inbox = (await bram.client.get('/api/introductions')).json() as Introduction[];
    expect(inbox.map((item) => item.id)).not.toContain(first);
    expect((await bram.client.get('/api/me/blocks')).json()).toEqual([
      { id: pest.id, name: 'Piet', createdAt: expect.any(String) },
    ]);
    // To Piet, Bram now looks like someone who is not there.
    await pest.client.post(`/api/introductions/${first}/answer`, { answer: 'accept' });
    await app.pg.query("UPDATE introductions SET status = 'declined' WHERE id = $1", [first]);
    const again = await ask(pest, { to: party(bram) });
    expect(again.statusCode).toBe(404);
    expect(errorOf(again)).toMatchObject({ field: 'body/to/id', rule: 'exists' });
    expect(errorOf(await bram.client.put(`/api/me/blocks/${bram.id}`))).toMatchObject({
      field: 'params/userId',
      rule: 'not-self',
    });
    expect(errorOf(await bram.client.put(`/api/me/blocks/${randomUUID()}`))).toMatchObject({
      field: 'params/userId',
      rule: 'exists',
    });
    expect((await bram.client.delete(`/api/me/blocks/${pest.id}`)).statusCode).toBe(204);
    expect((await bram.client.get('/api/me/blocks')).json()).toEqual([]);
  });

  it('a report keeps what was said for the administrators, and can block its author: the thread then closes', async () => {
    const rude = await resident('Ruud', offset(home, -30, 30), 'public');
    // Dirk shares nothing, so Ruud cannot reach him; Ruud asks Anna instead.
    expect((await ask(rude, { to: party(dirk) })).statusCode).toBe(404);
    const intro = await asked(rude, { to: party(anna) });
    await answer(anna, intro, 'accept');
    await write(rude, intro, 'Iets onaardigs');
    const message = (await detail(anna, intro)).messages!.find((item) => !item.mine)!;

    expect(errorOf(await anna.client.post('/api/reports', { introductionId: intro, reason: 'rude' }))).toMatchObject({
      field: 'body/reason',
      rule: 'enum',
    });
    expect(errorOf(await dirk.client.post('/api/reports', { introductionId: intro, reason: 'spam' }))).toMatchObject({
      field: 'body/introductionId',
      rule: 'exists',
    });
    expect(
      errorOf(
        await anna.client.post('/api/reports', { introductionId: intro, messageId: randomUUID(), reason: 'spam' }),
      ),
    ).toMatchObject({ field: 'body/messageId', rule: 'exists' });
    const mineToo = (await detail(rude, intro)).messages!.find((item) => item.mine)!;
    expect(
      errorOf(await rude.client.post('/api/reports', { introductionId: intro, messageId: mineToo.id, reason: 'spam' })),
    ).toMatchObject({ rule: 'not-self' });

    const report = await anna.client.post('/api/reports', {
      introductionId: intro,
      messageId: message.id,
      reason: 'harassment',
      note: 'Niet prettig',
      block: true,
    });
    expect(report.statusCode, report.body).toBe(201);
    expect(errorOf(await write(rude, intro, 'Nog iets'))).toMatchObject({ field: 'params/id', rule: 'blocked' });

    expect((await anna.client.get('/api/admin/reports')).statusCode).toBe(403);
    const reports = (await admin.client.get('/api/admin/reports')).json() as {
      id: string;
      quoted: string;
      reported: { name: string };
      reason: string;
      handledAt: string | null;
    }[];
    expect(reports.find((item) => item.id === report.json().id)).toMatchObject({
      quoted: 'Iets onaardigs',
      reported: { name: 'Ruud' },
      reason: 'harassment',
      handledAt: null,
    });
    expect((await admin.client.post(`/api/admin/reports/${report.json().id}/handled`)).statusCode).toBe(204);
    expect((await admin.client.post(`/api/admin/reports/${randomUUID()}/handled`)).statusCode).toBe(404);

    // The reported author deletes their account (a right nobody loses by being reported): the introduction and its
    // thread go, the report stays for the administrators with what was quoted.
    expect((await rude.client.delete('/api/me', { password: rude.password })).statusCode).toBe(204);
    const kept = ((await admin.client.get('/api/admin/reports')).json() as { id: string; quoted: string }[]).find(
      (item) => item.id === report.json().id,
    );
    expect(kept).toMatchObject({ quoted: 'Iets onaardigs' });
    expect((await app.pg.query('SELECT count(*)::int AS n FROM introductions WHERE id = $1', [intro])).rows[0].n).toBe(
      0,
    );
  });
});

describe('after a no', () => {
  it(`the same two are not introduced again for ${DECLINE_COOL_DOWN_DAYS} days: not by the asker, not the other way round, not by a connector`, async () => {
    const fien = await resident('Fien', offset(home, 60, -60), 'public');
    const gerrit = await resident('Gerrit', offset(home, -60, -60), 'public');
    const id = await asked(fien, { to: party(gerrit) });
    expect((await answer(gerrit, id, 'decline')).json()).toEqual({ status: 'declined' });
    const { rows } = await app.pg.query<{ day: string }>(
      `SELECT to_char((answered_at + make_interval(days => $2)) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day FROM introductions WHERE id = $1`,
      [id, DECLINE_COOL_DOWN_DAYS],
    );

    const again = await ask(fien, { to: party(gerrit) });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toEqual({
      field: 'body/to',
      rule: 'declined-recently',
      message: expect.stringContaining(`from ${rows[0]!.day}`),
    });
    expect(errorOf(await ask(gerrit, { to: party(fien) }))).toMatchObject({
      field: 'body/to',
      rule: 'declined-recently',
    });
    const byConnector = await introduce(connector, [party(gerrit), party(fien)], 'Jullie koken allebei!');
    expect(byConnector.statusCode).toBe(409);
    expect(errorOf(byConnector)).toMatchObject({ field: 'body/parties', rule: 'declined-recently' });
    // Nothing was written by the refusals.
    const between = 'SELECT count(*)::int AS n FROM introduction_parties p WHERE p.user_id = ANY ($1)';
    expect((await app.pg.query(between, [[fien.id, gerrit.id]])).rows[0].n).toBe(2);

    // Once the time has passed, it may be asked again.
    await app.pg.query(`UPDATE introductions SET answered_at = answered_at - make_interval(days => $2) WHERE id = $1`, [
      id,
      DECLINE_COOL_DOWN_DAYS,
    ]);
    expect((await ask(fien, { to: party(gerrit) })).statusCode).toBe(201);
  });
});

describe('a connector introduces two parties of their area', () => {
  it('both are asked, both must accept; the connector sees the status but not the conversation', async () => {
    const response = await introduce(
      connector,
      [party(anna), { kind: 'organisation', id: club }],
      'Anna kookt graag, de Kookclub zoekt koks.',
    );
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json().id;
    expect((await detail(connector, id)).parties.map((party) => party.answer)).toEqual(['pending', 'pending']);
    expect((await bell(anna)).items[0]).toMatchObject({ kind: 'introduction-asked', introductionId: id });
    expect((await bell(olga)).items[0]).toMatchObject({ kind: 'introduction-asked', introductionId: id });
    expect(errorOf(await answer(connector, id, 'accept'))).toMatchObject({ field: 'params/id', rule: 'party' });

    expect((await answer(anna, id, 'accept')).json()).toEqual({ status: 'asked' });
    expect((await answer(olga, id, 'accept')).json()).toEqual({ status: 'accepted' });
    expect((await bell(connector)).items[0]).toMatchObject({ kind: 'introduction-accepted', introductionId: id });
    await write(olga, id, 'Welkom bij de Kookclub!');
    expect(await detail(connector, id)).toMatchObject({ status: 'accepted', canWrite: false, messages: [] });
    expect(errorOf(await write(connector, id, 'Leuk!'))).toMatchObject({ rule: 'party' });
  });

  it('only within their areas, never themselves, and only connectors', async () => {
    const outside = await introduce(connector, [party(anna), party(eva)]);
    expect(outside.statusCode).toBe(403);
    expect(errorOf(outside)).toMatchObject({ field: 'body/parties/1', rule: 'connector-area' });
    const self = await introduce(connector, [party(connector), party(bram)]);
    expect(errorOf(self)).toMatchObject({ field: 'body/parties/0', rule: 'not-self' });
    const twice = await introduce(connector, [party(bram), party(bram)]);
    expect(errorOf(twice)).toMatchObject({ field: 'body/parties', rule: 'distinct' });
    const notConnector = await introduce(anna, [party(bram), { kind: 'organisation', id: club }]);
    expect(notConnector.statusCode).toBe(403);
  });
});

describe('the data of a party', () => {
  it('is in their export, and when an account is deleted its introductions and threads go with it', async () => {
    const leaver = await resident('Lotte', offset(home, 60, -60), 'public');
    const id = await asked(leaver, { to: party(anna) });
    await answer(anna, id, 'accept');
    await write(leaver, id, 'Tot gauw');
    const exported = (await leaver.client.get('/api/me/export')).json();
    expect(exported.introductions).toMatchObject([{ status: 'accepted', askedByMe: true, parties: ['Lotte', 'Anna'] }]);
    expect(exported.messagesWritten).toMatchObject([{ body: 'Tot gauw' }]);
    expect((await leaver.client.delete('/api/me', { password: leaver.password })).statusCode).toBe(204);
    expect((await anna.client.get(`/api/introductions/${id}`)).statusCode).toBe(404);
    expect(
      (await app.pg.query('SELECT count(*)::int AS n FROM introduction_messages WHERE introduction_id = $1', [id]))
        .rows[0].n,
    ).toBe(0);
  });
});

describe("the connector's view of their area", () => {
  type AreaView = {
    area: { type: string; name: string; buurten: { code: string }[] };
    suggestions: {
      key: string;
      rule: string;
      parties: { kind: string; id: string; name: string }[];
      matchedTags: { key: string }[];
      introduced: string | null;
    }[];
    groups: { key: string; people: number; members: { name: string }[] }[];
    suggestionsPage: { pairs: string; offset: number; limit: number; total: number; new: number; done: number };
    introductions: {
      status: string;
      mine: boolean;
      buurtCode: string;
      parties: {
        kind: string;
        name: string | null;
        about: { role: string; tag: { key: string; label: string } } | null;
      }[];
    }[];
    figures: { code: string; made: number; asked: number; accepted: number; declined: number; met: number }[];
    totals: { made: number };
  };
  const view = async (account: TestAccount, code = BUURT, query = '') => {
    const response = await account.client.get(`/api/connector/areas/${code}/connections?lang=en${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as AreaView;
  };

  it('shows the connections waiting to be made, groups to start, and never what residents keep private', async () => {
    const lies = await resident('Lies', offset(home, -40, -40), null);
    await addItem(lies, {
      type: 'inventory',
      kind: 'learn',
      title: 'Leren koken',
      tags: ['cooking'],
      visibility: 'connectors',
    });
    const birders = [];
    for (const [name, visibility] of [
      ['Gijs', 'public'],
      ['Hanna', 'neighbours'],
      ['Ivo', 'connectors'],
      ['Joke', 'private'],
    ] as const) {
      const person = await resident(name, offset(home, 20, -20), null);
      await addItem(person, {
        type: 'inventory',
        kind: 'passion',
        title: 'Vogels kijken',
        tags: ['birds'],
        visibility,
      });
      birders.push(person);
    }
    const area = await view(connector, BUURT, '&limit=50');
    expect(area.area).toMatchObject({ type: 'buurt', buurten: [{ code: BUURT }] });
    const learners = area.suggestions.filter(
      (s) => s.rule === 'teach-learn' && s.parties.some((p) => p.name === 'Lies'),
    );
    const teachers = learners.map((s) => s.parties.find((p) => p.name !== 'Lies')!.name);
    expect(teachers).toEqual(expect.arrayContaining(['Anna', 'Bram', 'Conny']));
    expect(teachers).not.toContain('Carla');
    expect(learners.every((s) => s.matchedTags.map((t) => t.key).join() === 'cooking')).toBe(true);
    expect(JSON.stringify(area.suggestions)).not.toContain('Carla');
    const birds = area.groups.find((group) => group.key === 'birds')!;
    expect(birds).toMatchObject({ people: 3, members: [{ name: 'Gijs' }, { name: 'Hanna' }, { name: 'Ivo' }] });

    // The connector introduces Lies to Anna from the view; the pair then shows the introduction's status.
    const anna2 = learners.find((s) => s.parties.some((p) => p.name === 'Anna'))!;
    const made = await connector.client.post('/api/connector/introductions', {
      parties: anna2.parties.map((p) => ({ kind: p.kind, id: p.id })),
      note: 'Lies wil leren koken, Anna kookt graag.',
      suggestion: anna2.key,
    });
    expect(made.statusCode, made.body).toBe(201);
    expect((await detail(connector, made.json().id)) as unknown).toMatchObject({ suggestion: anna2.key });
    // It leaves the pairs still to introduce and shows among those introduced already, with its status.
    const isLiesAndAnna = (s: AreaView['suggestions'][number]) =>
      s.parties.some((p) => p.name === 'Lies') && s.parties.some((p) => p.name === 'Anna');
    const fresh = await view(connector, BUURT, '&limit=50');
    expect(fresh.suggestions.some(isLiesAndAnna)).toBe(false);
    expect(fresh.suggestions.every((s) => s.introduced === null)).toBe(true);
    const done = await view(connector, BUURT, '&pairs=done&limit=50');
    expect(done.suggestions.find(isLiesAndAnna)!.introduced).toBe('asked');
    expect(done.suggestions.every((s) => s.introduced !== null)).toBe(true);
    expect(done.suggestionsPage).toMatchObject({ pairs: 'done', total: done.suggestions.length });
    expect(fresh.suggestionsPage).toMatchObject({
      pairs: 'new',
      new: fresh.suggestions.length,
      done: done.suggestions.length,
    });
  });

  it('pages the pairs, narrows them by buurt and rule, and refuses what is not a page or not of the area', async () => {
    const all = await view(connector, BUURT, '&limit=50');
    expect(all.suggestionsPage.total).toBeGreaterThanOrEqual(3);
    expect(all.suggestionsPage).toMatchObject({ offset: 0, limit: 50, new: all.suggestionsPage.total });
    // Ten to a page unless asked otherwise; a page of two, then the next, are the list in the same order.
    expect((await view(connector)).suggestionsPage.limit).toBe(10);
    const first = await view(connector, BUURT, '&limit=2');
    const second = await view(connector, BUURT, '&limit=2&offset=2');
    expect([...first.suggestions, ...second.suggestions].map((s) => s.key)).toEqual(
      all.suggestions.slice(0, 4).map((s) => s.key),
    );
    expect(second.suggestionsPage).toMatchObject({ offset: 2, limit: 2, total: all.suggestionsPage.total });
    const beyond = await view(connector, BUURT, `&offset=${all.suggestionsPage.total}`);
    expect(beyond.suggestions).toEqual([]);

    const byRule = await view(connector, BUURT, '&rule=teach-learn&limit=50');
    expect(byRule.suggestions.length).toBeGreaterThan(0);
    expect(byRule.suggestions.every((s) => s.rule === 'teach-learn')).toBe(true);
    expect(byRule.suggestionsPage.total).toBe(all.suggestions.filter((s) => s.rule === 'teach-learn').length);
    expect((await view(connector, BUURT, `&buurt=${BUURT}&limit=50`)).suggestions.map((s) => s.key)).toEqual(
      all.suggestions.map((s) => s.key),
    );

    const refused = async (query: string) =>
      errorOf(await connector.client.get(`/api/connector/areas/${BUURT}/connections?${query}`));
    expect(await refused(`buurt=${OTHER_BUURT}`)).toMatchObject({ field: 'querystring/buurt', rule: 'in-area' });
    expect(await refused('buurt=Fatima')).toMatchObject({ field: 'querystring/buurt', rule: 'pattern' });
    expect(await refused('rule=closest')).toMatchObject({ field: 'querystring/rule', rule: 'enum' });
    expect(await refused('pairs=all')).toMatchObject({ field: 'querystring/pairs', rule: 'enum' });
    expect(await refused('limit=0')).toMatchObject({ field: 'querystring/limit', rule: 'minimum' });
    expect(await refused('limit=51')).toMatchObject({ field: 'querystring/limit', rule: 'maximum' });
    expect(await refused('offset=-1')).toMatchObject({ field: 'querystring/offset', rule: 'minimum' });
    expect(await refused('page=2')).toMatchObject({ rule: 'additionalProperties' });
  });

  it('lists the introductions made there, naming residents only where the connector made it, with figures per buurt and CSV', async () => {
    const area = await view(connector);
    const mine = area.introductions.filter((item) => item.mine);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.every((item) => item.parties.every((party) => party.name !== null))).toBe(true);
    const others = area.introductions.filter((item) => !item.mine);
    expect(others.length).toBeGreaterThan(0);
    for (const item of others)
      for (const party of item.parties) expect(party.name === null).toBe(party.kind === 'resident');
    // A resident not named is described by what the connectors see of them: Anna, who can cook.
    const described = others.flatMap((item) => item.parties).filter((party) => party.about !== null);
    expect(described.length).toBeGreaterThan(0);
    expect(described[0]!.about).toEqual({ role: 'teach', tag: { key: 'cooking', label: expect.any(String) } });
    // Never from an item they keep to themselves: Carla's only item is private.
    expect(JSON.stringify(area.introductions)).not.toContain('Carla');

    const { rows } = await app.pg.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM introductions WHERE buurt_code = $1 GROUP BY status',
      [BUURT],
    );
    const count = (status: string) => rows.find((row) => row.status === status)?.n ?? 0;
    expect(area.figures).toEqual([
      {
        code: BUURT,
        name: expect.any(String),
        made: rows.reduce((sum, row) => sum + row.n, 0),
        asked: count('asked'),
        accepted: count('accepted') + count('met'),
        declined: count('declined'),
        met: count('met'),
      },
    ]);
    expect(area.figures[0]!.met).toBeGreaterThanOrEqual(1);
    expect(area.figures[0]!.declined).toBeGreaterThanOrEqual(1);

    const csv = await connector.client.get(`/api/connector/areas/${BUURT}/connections.csv?table=figures`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('buurt_code,buurt,made,asked,accepted,declined,met');
    expect(lines[1]).toContain(`${BUURT},`);
    const intros = await connector.client.get(`/api/connector/areas/${BUURT}/connections.csv?table=introductions`);
    expect(intros.body.trim().split('\n')).toHaveLength(area.introductions.length + 1);
  });

  it('only for an area they are connector for', async () => {
    const elsewhere = await connector.client.get(`/api/connector/areas/${OTHER_BUURT}/connections`);
    expect(elsewhere.statusCode).toBe(403);
    expect(errorOf(elsewhere)).toMatchObject({ field: 'params/code', rule: 'connector-area' });
    // A buurt connector does not get the whole wijk.
    expect(errorOf(await connector.client.get('/api/connector/areas/WK085520/connections'))).toMatchObject({
      rule: 'connector-area',
    });
    expect(errorOf(await connector.client.get('/api/connector/areas/WK999999/connections'))).toMatchObject({
      field: 'params/code',
      rule: 'exists',
    });
    expect(errorOf(await connector.client.get('/api/connector/areas/Fatima/connections'))).toMatchObject({
      field: 'params/code',
      rule: 'pattern',
    });
    expect(
      errorOf(await connector.client.get(`/api/connector/areas/${BUURT}/connections.csv?table=everything`)),
    ).toMatchObject({ field: 'querystring/table', rule: 'enum' });
    expect((await anna.client.get(`/api/connector/areas/${BUURT}/connections`)).statusCode).toBe(403);
  });

  it('a wijk connector sees every buurt of the wijk', async () => {
    const wijkConnector = await resident('Wim', offset(home, 10, 10), null);
    await admin.client.post(`/api/admin/users/${wijkConnector.id}/connector-areas`, { areaCode: 'WK085520' });
    const wijk = await view(wijkConnector, 'WK085520');
    expect(wijk.area.type).toBe('wijk');
    expect(wijk.area.buurten.map((b) => b.code)).toContain(BUURT);
    expect(wijk.figures).toHaveLength(wijk.area.buurten.length);
    expect(wijk.totals.made).toBe(wijk.figures.reduce((sum, row) => sum + row.made, 0));
  });
});

describe('asking a connector for help', () => {
  it('a resident may ask a connector of their own buurt, even one who shares nothing; no one elsewhere may', async () => {
    // A connector of Eva's buurt (as her home point places her) who shares nothing.
    const buurt = (await eva.client.get('/api/me')).json().homeBuurt.code as string;
    const helper = await resident('Hanna', await cellCentreIn(app, OTHER_BUURT), null);
    await admin.client.post(`/api/admin/users/${helper.id}/connector-areas`, { areaCode: buurt });
    // The buurt's page names her, and no item of hers is there to see.
    const named = (await app.inject({ method: 'GET', url: `/api/areas/buurten/${buurt}/connectors` })).json();
    expect(named).toContainEqual({ id: helper.id, displayName: 'Hanna' });
    const note = 'Ik wil graag een kookgroepje beginnen. Help je mee?';

    // Anna lives in Fatima, where Hanna is no connector: out of reach, as if she were not there.
    expect(errorOf(await ask(anna, { to: party(helper), note }))).toMatchObject({
      field: 'body/to/id',
      rule: 'exists',
    });

    const id = await asked(eva, { to: party(helper), note });
    const seen = await detail(helper, id);
    expect(seen).toMatchObject({ status: 'asked', canAnswer: true });
    expect(seen.parties.map((p) => p.name)).toEqual(['Eva', 'Hanna']);
    expect((await answer(helper, id, 'accept')).statusCode).toBe(200);
    expect((await write(eva, id, 'Fijn! Wanneer kun je?')).statusCode).toBe(201);
  });
});
