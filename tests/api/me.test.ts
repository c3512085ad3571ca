import { describe, expect, it } from 'vitest';
import { HOME_LOCATION_CONSENT } from '../../api/me/consent-texts.ts';
import { useTestApp } from '../helpers/app.ts';
import { signUpAndLogIn, TestClient, expectRefusal } from '../helpers/client.ts';
import { latestMessageTo } from '../helpers/outbox.ts';

const app = useTestApp();

// A point in buurt BU08552605, Tilburg; and its digits as they would appear in any text that leaks it.
const HOME = { lng: 5.1002, lat: 51.5617 };
const leaks = (text: string) => text.includes('5.1002') || text.includes('51.5617');

async function setHome(client: TestClient) {
  return client.put('/api/me/home-location', { ...HOME, consentTextVersion: HOME_LOCATION_CONSENT.version });
}

/** Starts an organisation as the account behind `client`: its owner. */
async function startOrganisation(client: TestClient, name: string, kind: 'initiative' | 'association') {
  return (await client.post('/api/organisations', { name, kind })).json() as { id: string };
}

describe('the profile', () => {
  it('changes display name, language and home buurt, and nothing else', async () => {
    const { client } = await signUpAndLogIn(app);
    const response = await client.patch('/api/me', {
      displayName: ' Anna ',
      language: 'en',
      homeBuurtCode: 'BU08551102',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      displayName: 'Anna',
      language: 'en',
      homeBuurt: { code: 'BU08551102', name: 'Tivoli', wijkCode: 'WK085511' },
      isAdmin: false,
    });
  });

  it.each([
    [{ isAdmin: true }, 'body', 'additionalProperties'],
    [{ email: 'ander@example.org' }, 'body', 'additionalProperties'],
    [{}, 'body', 'minProperties'],
    [{ homeBuurtCode: 'Tivoli' }, 'body/homeBuurtCode', 'pattern'],
    [{ language: 'de' }, 'body/language', 'enum'],
  ])('refuses %j with a 400 naming %s', async (body, field, rule) => {
    const { client } = await signUpAndLogIn(app);
    const response = await client.patch('/api/me', body);
    expectRefusal(response, field, rule);
    expect((await client.get('/api/me')).json().isAdmin).toBe(false);
  });

  it('refuses a buurt code that is well-formed but not on the map', async () => {
    const { client } = await signUpAndLogIn(app);
    const response = await client.patch('/api/me', { homeBuurtCode: 'BU09999999' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ field: 'body/homeBuurtCode', rule: 'exists' });
  });

  it('needs a logged-in user', async () => {
    expect((await new TestClient(app).get('/api/me')).statusCode).toBe(401);
  });
});

describe('the home location', () => {
  it('is stored only with consent to the current text, sets the home buurt, and is shown to its owner', async () => {
    const { client, id } = await signUpAndLogIn(app);
    const text = (await client.get('/api/consent-texts/home-location')).json();
    expect(text.version).toBe(HOME_LOCATION_CONSENT.version);
    expect(text.nl).toContain('afstanden');

    const response = await setHome(client);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      homeLocation: HOME,
      homeBuurt: { code: 'BU08552605' },
      homeLocationConsent: { textVersion: HOME_LOCATION_CONSENT.version },
    });
    const { rows } = await app.pg.query('SELECT text_version, withdrawn_at FROM consents WHERE user_id = $1', [id]);
    expect(rows).toEqual([{ text_version: HOME_LOCATION_CONSENT.version, withdrawn_at: null }]);
  });

  it('is refused without the current consent text version, or outside every buurt', async () => {
    const { client } = await signUpAndLogIn(app);
    const oldText = await client.put('/api/me/home-location', { ...HOME, consentTextVersion: '2020-01-01' });
    expect(oldText.statusCode).toBe(400);
    expect(oldText.json().errors[0].field).toBe('body/consentTextVersion');
    const amsterdam = await client.put('/api/me/home-location', {
      lng: 4.893,
      lat: 52.373,
      consentTextVersion: HOME_LOCATION_CONSENT.version,
    });
    expect(amsterdam.statusCode).toBe(400);
    const outOfRange = await client.put('/api/me/home-location', {
      lng: 190,
      lat: 51.5,
      consentTextVersion: HOME_LOCATION_CONSENT.version,
    });
    expect(outOfRange.json().errors[0]).toMatchObject({ field: 'body/lng', rule: 'maximum' });
    expect((await client.get('/api/me')).json().homeLocation).toBeNull();
  });

  it('keeps the home buurt tied to the point', async () => {
    const { client } = await signUpAndLogIn(app);
    await setHome(client);
    const response = await client.patch('/api/me', { homeBuurtCode: 'BU08551001' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('body/homeBuurtCode');
  });

  it('is removed with its consent withdrawn, and the record of the consent kept', async () => {
    const { client, id } = await signUpAndLogIn(app);
    await setHome(client);
    const response = await client.delete('/api/me/home-location');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ homeLocation: null, homeLocationConsent: null });
    const { rows } = await app.pg.query<{ withdrawn_at: Date | null }>(
      'SELECT withdrawn_at FROM consents WHERE user_id = $1',
      [id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.withdrawn_at).toBeInstanceOf(Date);
  });

  it('never appears in what others can see: their session, an organisation member list, the admin user list', async () => {
    const owner = await signUpAndLogIn(app);
    await setHome(owner.client);
    const other = await signUpAndLogIn(app);
    const organisation = await startOrganisation(owner.client, 'Buurttuin Tivoli', 'initiative');

    const seen = [
      (await other.client.get('/api/auth/session')).body,
      (await other.client.get(`/api/organisations/${organisation.id}`)).body,
      (await owner.client.get(`/api/organisations/${organisation.id}/members`)).body,
      (await owner.client.get('/api/auth/session')).body,
    ];
    for (const body of seen) expect(leaks(body)).toBe(false);
  });
});

describe('sessions', () => {
  it('lists my sessions and lets me end another one of them', async () => {
    const account = await signUpAndLogIn(app);
    const laptop = new TestClient(app, { ip: '10.3.0.2' });
    await laptop.post('/api/auth/login', { email: account.email, password: account.password });

    const sessions = (await account.client.get('/api/me/sessions')).json() as { id: string; current: boolean }[];
    expect(sessions).toHaveLength(2);
    const other = sessions.find((session) => !session.current)!;
    expect((await account.client.delete(`/api/me/sessions/${other.id}`)).statusCode).toBe(204);
    expect((await laptop.get('/api/me')).statusCode).toBe(401);
    expect((await account.client.get('/api/me')).statusCode).toBe(200);
  });

  it("answers 404 for another user's session id, and leaves it alone", async () => {
    const mine = await signUpAndLogIn(app);
    const theirs = await signUpAndLogIn(app);
    const theirSession = ((await theirs.client.get('/api/me/sessions')).json() as { id: string }[])[0]!;
    expect((await mine.client.delete(`/api/me/sessions/${theirSession.id}`)).statusCode).toBe(404);
    expect((await theirs.client.get('/api/me')).statusCode).toBe(200);
  });

  it('ends my other sessions when I change my password', async () => {
    const account = await signUpAndLogIn(app);
    const phone = new TestClient(app, { ip: '10.3.0.3' });
    await phone.post('/api/auth/login', { email: account.email, password: account.password });
    const wrong = await account.client.put('/api/me/password', {
      currentPassword: 'fout',
      newPassword: 'een nieuwe lange zin',
    });
    expect(wrong.statusCode).toBe(400);
    const changed = await account.client.put('/api/me/password', {
      currentPassword: account.password,
      newPassword: 'een nieuwe lange zin',
    });
    expect(changed.statusCode).toBe(204);
    expect((await phone.get('/api/me')).statusCode).toBe(401);
    expect((await account.client.get('/api/me')).statusCode).toBe(200);
  });
});

describe('my data: export and deletion', () => {
  it('exports everything stored about me as a JSON download, with my home point for me alone', async () => {
    const account = await signUpAndLogIn(app);
    await setHome(account.client);
    await startOrganisation(account.client, 'Repair Café Noord', 'association');
    const response = await account.client.get('/api/me/export');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="krachtkaart-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json"/,
    );
    const data = response.json();
    expect(data.profile).toMatchObject({ email: account.email, homeLocation: HOME });
    expect(data.consents).toHaveLength(1);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.organisationMemberships).toEqual([
      expect.objectContaining({ organisation: 'Repair Café Noord', role: 'owner' }),
    ]);
    expect(data.messages).toEqual([expect.objectContaining({ kind: 'welcome' })]);
    expect(JSON.stringify(data)).not.toContain('token_hash');
  });

  it('deletes the account in one go: after that the e-mail can sign up again and nothing of the old account is visible', async () => {
    const account = await signUpAndLogIn(app);
    await setHome(account.client);
    const member = await signUpAndLogIn(app);
    const shared = await startOrganisation(account.client, 'Koor De Reeshof', 'association');
    const onlyMine = await startOrganisation(account.client, 'Mijn eigen clubje', 'initiative');
    await account.client.post(`/api/organisations/${shared.id}/invitations`, { email: member.email });
    const token = /token=([A-Za-z0-9_-]+)/.exec((await latestMessageTo(app, member.email))!.body)![1];
    expect((await member.client.post('/api/organisation-invitations/accept', { token })).statusCode).toBe(200);

    const wrongPassword = await account.client.delete('/api/me', { password: 'niet mijn wachtwoord' });
    expect(wrongPassword.statusCode).toBe(400);
    const deleted = await account.client.delete('/api/me', { password: account.password });
    expect(deleted.statusCode).toBe(204);

    // Logged out, and the sessions are gone.
    expect((await account.client.get('/api/me')).statusCode).toBe(401);
    const { rows: leftovers } = await app.pg.query(
      `SELECT (SELECT count(*)::int FROM users WHERE id = $1) AS users,
              (SELECT count(*)::int FROM sessions WHERE user_id = $1) AS sessions,
              (SELECT count(*)::int FROM consents WHERE user_id = $1) AS consents,
              (SELECT count(*)::int FROM outbox_messages WHERE to_address = $2) AS messages`,
      [account.id, account.email],
    );
    expect(leftovers[0]).toEqual({ users: 0, sessions: 0, consents: 0, messages: 0 });

    // What was only mine is gone; what I shared stays for the others, now owned by them.
    expect((await member.client.get(`/api/organisations/${onlyMine.id}`)).statusCode).toBe(404);
    expect((await member.client.get(`/api/organisations/${shared.id}`)).statusCode).toBe(200);
    const members = (await member.client.get(`/api/organisations/${shared.id}/members`)).json();
    expect(members).toEqual([expect.objectContaining({ userId: member.id, role: 'owner' })]);
    const { rows: organisation } = await app.pg.query('SELECT created_by FROM organisations WHERE id = $1', [
      shared.id,
    ]);
    expect(organisation[0]).toEqual({ created_by: null });

    // The address is free again, for a new account with nothing of the old one.
    const again = await signUpAndLogIn(app, { email: account.email, displayName: 'Nieuwe ik' });
    const me = (await again.client.get('/api/me')).json();
    expect(me).toMatchObject({ displayName: 'Nieuwe ik', homeLocation: null, homeBuurt: null, organisations: [] });
    expect(me.id).not.toBe(account.id);
    const exported = (await again.client.get('/api/me/export')).json();
    expect(exported.consents).toEqual([]);
    expect(exported.messages).toEqual([expect.objectContaining({ kind: 'welcome' })]);
  });
});
