import { beforeAll, describe, expect, it } from 'vitest';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import { reliabilityOf } from '../../api/surveys/surveys.service.ts';
import { useTestApp } from '../helpers/app.ts';
import { errorOf, signUpAndLogIn, type TestAccount } from '../helpers/client.ts';

// The residents' mirror in buurt BU08551901 of wijk WK085519 (no other test works there).
const BUURT = 'BU08551901';
const WIJK = 'WK085519';
const app = useTestApp();
let admin: TestAccount;
const day = 24 * 3600 * 1000;
const inAWeek = () => new Date(Date.now() + 7 * day).toISOString();

async function resident(buurt = BUURT) {
  const account = await signUpAndLogIn(app, { displayName: 'Bewoner' });
  await account.client.patch('/api/me', { homeBuurtCode: buurt });
  return account;
}
const answer = (account: TestAccount, round: string, grades: Partial<Record<string, unknown>> = {}) =>
  account.client.post(`/api/survey-rounds/${round}/answers`, {
    physical: 7,
    social: 8,
    nuisance: 6,
    safety: 7,
    overall: 7,
    trend: 'same',
    ...grades,
  });
async function openRound(title: string, extra: Record<string, unknown> = {}) {
  const response = await admin.client.post('/api/survey-rounds', {
    areaType: 'wijk',
    areaCode: WIJK,
    title,
    closesAt: inAWeek(),
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}
type Result = {
  areaType: string;
  areaCode: string;
  reliability: string;
  responses: number | null;
  grades: Record<string, number> | null;
  comments: string[];
  change: Record<string, { direction: string }> | null;
};
const resultsOf = async (round: string) =>
  (await app.inject({ method: 'GET', url: `/api/survey-rounds/${round}/results` })).json() as {
    results: Result[];
    comparedWith: string | null;
  };

beforeAll(async () => {
  admin = await signUpAndLogIn(app, { displayName: 'Beheer' });
  await adminRepository.makeAdmin(app.pg.pool, admin.email);
  await app.pg.query('DELETE FROM survey_rounds WHERE area_code IN ($1, $2, $3)', [BUURT, WIJK, 'BU08551902']);
}, 60_000);

describe('survey rounds', () => {
  it('are opened by administrators, and by connectors for their own areas only', async () => {
    const connector = await resident();
    await admin.client.post(`/api/admin/users/${connector.id}/connector-areas`, { areaCode: BUURT });
    expect(
      (
        await connector.client.post('/api/survey-rounds', {
          areaType: 'buurt',
          areaCode: BUURT,
          title: 'Buurtpeiling',
          closesAt: inAWeek(),
        })
      ).statusCode,
    ).toBe(201);
    const wijk = await connector.client.post('/api/survey-rounds', {
      areaType: 'wijk',
      areaCode: WIJK,
      title: 'Wijkpeiling',
      closesAt: inAWeek(),
    });
    expect(wijk.statusCode).toBe(403);
    expect(errorOf(wijk)).toMatchObject({ field: 'body/areaCode', rule: 'connector-area' });
    expect(
      (
        await (
          await resident()
        ).client.post('/api/survey-rounds', { areaType: 'buurt', areaCode: BUURT, title: 'x', closesAt: inAWeek() })
      ).statusCode,
    ).toBe(403);
  });

  it.each([
    [{ areaCode: 'Fatima' }, 400, 'body/areaCode', 'pattern'],
    [{ areaCode: 'WK999999' }, 404, 'body/areaCode', 'exists'],
    [{ closesAt: new Date(Date.now() - day).toISOString() }, 400, 'body/closesAt', 'after-opens'],
    [{ title: '  ' }, 400, 'body/title', 'pattern'],
    [{ areaType: 'land' }, 400, 'body/areaType', 'enum'],
  ])('refuses %j with a field and a rule', async (change, status, field, rule) => {
    const response = await admin.client.post('/api/survey-rounds', {
      areaType: 'wijk',
      areaCode: WIJK,
      title: 'Peiling',
      closesAt: inAWeek(),
      ...change,
    });
    expect(response.statusCode, response.body).toBe(status);
    expect(errorOf(response)).toMatchObject({ field, rule });
  });
});

describe('answering', () => {
  it('once per round, by a resident of the area, while it is open, with grades from 1 to 10', async () => {
    const round = await openRound('Voorjaarspeiling');
    const anna = await resident();
    expect(errorOf(await answer(anna, round, { physical: 11 }))).toMatchObject({
      field: 'body/physical',
      rule: 'maximum',
    });
    expect(errorOf(await answer(anna, round, { safety: 0 }))).toMatchObject({ field: 'body/safety', rule: 'minimum' });
    expect(errorOf(await answer(anna, round, { overall: 7.5 }))).toMatchObject({ field: 'body/overall', rule: 'type' });
    expect(errorOf(await answer(anna, round, { trend: 'sideways' }))).toMatchObject({
      field: 'body/trend',
      rule: 'enum',
    });
    expect((await answer(anna, round)).statusCode).toBe(201);
    const again = await answer(anna, round);
    expect(again.statusCode).toBe(409);
    expect(errorOf(again)).toMatchObject({ field: 'params/id', rule: 'once' });
    const elsewhere = await answer(await resident('BU08551001'), round);
    expect(elsewhere.statusCode).toBe(403);
    expect(errorOf(elsewhere)).toMatchObject({ rule: 'resident' });
    const closed = await openRound('Oude peiling', {
      opensAt: new Date(Date.now() - 3 * day).toISOString(),
      closesAt: new Date(Date.now() - day).toISOString(),
    });
    expect(errorOf(await answer(anna, closed))).toMatchObject({ field: 'params/id', rule: 'open' });
    expect((await answer(anna, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await anna.client.get('/api/me/export')).json().surveyAnswers).toMatchObject([
      { round: 'Voorjaarspeiling', buurt: BUURT, overall: 7 },
    ]);
  });
});

describe('results', () => {
  it('hides a group below 5 answers, marks it indicative below 10, and compares with the previous round', () => {
    expect([4, 5, 9, 10].map(reliabilityOf)).toEqual(['hidden', 'indicative', 'indicative', 'reliable']);
  });

  it('per buurt and wijk, with mean grades, the trend, the comments and the change since the round before', async () => {
    // Rounds for the other buurt of the wijk, so no earlier round of this file comes between the two.
    const other = { areaType: 'buurt', areaCode: 'BU08551902' };
    const spring = await openRound('Peiling 1', { ...other, opensAt: new Date(Date.now() - 2 * day).toISOString() });
    const autumn = await openRound('Peiling 2', other);
    const people = [];
    for (let i = 0; i < 10; i++) people.push(await resident('BU08551902'));
    for (const [i, person] of people.slice(0, 4).entries())
      await answer(person, spring, { overall: 6 + (i % 2), comment: i === 0 ? 'Te weinig bankjes' : '' });
    let results = (await resultsOf(spring)).results;
    expect(results.find((r) => r.areaType === 'buurt')).toMatchObject({
      reliability: 'hidden',
      responses: null,
      grades: null,
      comments: [],
    });
    await answer(people[4]!, spring, { overall: 6 });
    results = (await resultsOf(spring)).results;
    // Five answers: 6, 7, 6, 7, 6 → 6.4, indicative.
    expect(results.find((r) => r.areaType === 'buurt')).toMatchObject({
      reliability: 'indicative',
      responses: 5,
      grades: { overall: 6.4 },
      comments: ['Te weinig bankjes'],
    });
    expect(results.find((r) => r.areaType === 'wijk' && r.areaCode === WIJK)).toMatchObject({ responses: 5 });

    for (const person of people) await answer(person, autumn, { overall: 8 });
    const later = await resultsOf(autumn);
    expect(later.comparedWith).toBe(spring);
    expect(later.results.find((r) => r.areaType === 'buurt')).toMatchObject({
      reliability: 'reliable',
      responses: 10,
      grades: { overall: 8 },
      change: { overall: { direction: 'up' } },
    });
  });
});
