import { describe, expect, it } from 'vitest';
import { buildTestApp, useTestApp } from '../helpers/app.ts';
import { signUpAndLogIn, TestClient, uniqueEmail, expectRefusal } from '../helpers/client.ts';
import { latestMessageTo, tokenIn } from '../helpers/outbox.ts';

const app = useTestApp();

const password = 'een lange zin als wachtwoord';
const newClient = () =>
  new TestClient(app, { ip: `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });

describe('sign up', () => {
  it('creates an account that can log in, and writes a welcome message with a confirmation link to the outbox', async () => {
    const client = newClient();
    const email = uniqueEmail();
    const signup = await client.post('/api/auth/signup', { email, password, displayName: 'Fatima', language: 'en' });
    expect(signup.statusCode).toBe(202);

    const message = await latestMessageTo(app, email);
    expect(message).toMatchObject({ kind: 'welcome', subject: 'Welcome to Krachtkaart' });
    expect(message?.body).toContain('http://localhost:3000/bevestigen?token=');

    const login = await client.post('/api/auth/login', { email: email.toUpperCase(), password });
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ displayName: 'Fatima', language: 'en', isAdmin: false });
    expect((await client.get('/api/me')).json()).toMatchObject({ email, emailVerified: false });

    const verify = await client.post('/api/auth/verify-email', { token: tokenIn(message!.body) });
    expect(verify.statusCode).toBe(204);
    expect((await client.get('/api/me')).json().emailVerified).toBe(true);
    // A link works once.
    expect((await client.post('/api/auth/verify-email', { token: tokenIn(message!.body) })).statusCode).toBe(400);
  });

  it('answers the same for an address that already has an account, and tells its owner instead', async () => {
    const existing = await signUpAndLogIn(app);
    const first = await newClient().post('/api/auth/signup', { email: uniqueEmail(), password, displayName: 'Nieuw' });
    const again = await newClient().post('/api/auth/signup', {
      email: existing.email,
      password: 'iets heel anders dan dat',
      displayName: 'Ander',
    });

    expect(again.statusCode).toBe(first.statusCode);
    expect(again.json()).toEqual(first.json());
    expect(await latestMessageTo(app, existing.email)).toMatchObject({ kind: 'signup_attempt' });
    // The original password still works; the attempt changed nothing.
    expect(
      (await newClient().post('/api/auth/login', { email: existing.email, password: existing.password })).statusCode,
    ).toBe(200);
  });

  it.each([
    [{ email: 'not-an-email', password, displayName: 'A' }, 'body/email', 'format'],
    [{ email: uniqueEmail(), password: 'kort', displayName: 'A' }, 'body/password', 'minLength'],
    [{ email: uniqueEmail(), password, displayName: '' }, 'body/displayName', 'minLength'],
    [{ email: uniqueEmail(), password, displayName: '   ' }, 'body/displayName', 'pattern'],
    [{ email: uniqueEmail(), password, displayName: 'x'.repeat(81) }, 'body/displayName', 'maxLength'],
    [{ email: uniqueEmail(), password, displayName: 'A', language: 'fr' }, 'body/language', 'enum'],
    [{ email: uniqueEmail(), password, displayName: 'A', isAdmin: true }, 'body', 'additionalProperties'],
    [{ password, displayName: 'A' }, 'body/email', 'required'],
  ])('refuses %j with a 400 naming %s', async (body, field, rule) => {
    const response = await newClient().post('/api/auth/signup', body);
    expectRefusal(response, field, rule);
  });

  it('does not make anyone admin who sends isAdmin', async () => {
    const client = newClient();
    const email = uniqueEmail();
    await client.post('/api/auth/signup', { email, password, displayName: 'Slim', isAdmin: true });
    const login = await client.post('/api/auth/login', { email, password });
    expect(login.statusCode).toBe(401);
  });
});

describe('log in and log out', () => {
  it('gives the same answer for a wrong password and an unknown address', async () => {
    const account = await signUpAndLogIn(app);
    const wrongPassword = await newClient().post('/api/auth/login', {
      email: account.email,
      password: 'niet het wachtwoord',
    });
    const unknown = await newClient().post('/api/auth/login', {
      email: uniqueEmail(),
      password: 'niet het wachtwoord',
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrongPassword.json().message).toBe(unknown.json().message);
  });

  it('sets an HttpOnly, SameSite session cookie and gives a new session id at log-in', async () => {
    const client = newClient();
    const email = uniqueEmail();
    await client.post('/api/auth/signup', { email, password, displayName: 'Kees' });
    const login = await client.post('/api/auth/login', { email, password });
    const setCookie = ([] as string[])
      .concat(login.headers['set-cookie'] ?? [])
      .find((line) => line.startsWith('kk_session='));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\/api/);
  });

  it('ends the session at log-out', async () => {
    const { client } = await signUpAndLogIn(app);
    expect((await client.get('/api/me')).statusCode).toBe(200);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/me')).statusCode).toBe(401);
    expect((await client.get('/api/auth/session')).json()).toEqual({ user: null });
  });

  it('keeps a session across a restart of the app', async () => {
    const { client } = await signUpAndLogIn(app);
    const sessionCookie = client.cookie('kk_session')!;
    const restarted = await buildTestApp();
    try {
      const other = new TestClient(restarted);
      other.setCookie('kk_session', sessionCookie);
      expect((await other.get('/api/me')).statusCode).toBe(200);
    } finally {
      await restarted.close();
    }
  });

  it('treats an unknown session cookie as logged out', async () => {
    const client = newClient();
    client.setCookie('kk_session', 'made-up.value');
    expect((await client.get('/api/me')).statusCode).toBe(401);
  });

  it('treats an expired session as logged out', async () => {
    const { client, id } = await signUpAndLogIn(app);
    await app.pg.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [id]);
    expect((await client.get('/api/me')).statusCode).toBe(401);
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing request without the token', async () => {
    const client = new TestClient(app, { csrf: false, ip: '10.2.0.1' });
    const response = await client.post('/api/auth/signup', { email: uniqueEmail(), password, displayName: 'X' });
    expect(response.statusCode).toBe(403);
    expect(response.json().message).toContain('x-csrf-token');
  });

  it('refuses a token from another browser', async () => {
    const victim = await signUpAndLogIn(app);
    const attackerToken = (await newClient().get('/api/auth/csrf-token')).json().token;
    const response = await victim.client.request(
      'PATCH',
      '/api/me',
      { displayName: 'Gekaapt' },
      { 'x-csrf-token': attackerToken },
    );
    expect(response.statusCode).toBe(403);
    expect((await victim.client.get('/api/me')).json().displayName).toBe('Sanne');
  });
});

describe('password reset', () => {
  it('sends a link that sets a new password once and ends every session', async () => {
    const account = await signUpAndLogIn(app);
    const anonymous = newClient();
    expect((await anonymous.post('/api/auth/password-reset', { email: account.email })).statusCode).toBe(202);
    const message = await latestMessageTo(app, account.email);
    expect(message?.kind).toBe('password_reset');
    const token = tokenIn(message!.body);

    const newPassword = 'een nieuwe lange zin voor mij';
    expect(
      (await anonymous.post('/api/auth/password-reset/confirm', { token, password: newPassword })).statusCode,
    ).toBe(204);
    expect((await account.client.get('/api/me')).statusCode).toBe(401);
    expect(
      (await newClient().post('/api/auth/login', { email: account.email, password: account.password })).statusCode,
    ).toBe(401);
    expect(
      (await newClient().post('/api/auth/login', { email: account.email, password: newPassword })).statusCode,
    ).toBe(200);

    const reused = await anonymous.post('/api/auth/password-reset/confirm', {
      token,
      password: 'nog een andere lange zin',
    });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().errors[0].field).toBe('body/token');
  });

  it('answers the same for an unknown address and writes no message', async () => {
    const email = uniqueEmail();
    const known = await signUpAndLogIn(app);
    const forUnknown = await newClient().post('/api/auth/password-reset', { email });
    const forKnown = await newClient().post('/api/auth/password-reset', { email: known.email });
    expect(forUnknown.statusCode).toBe(202);
    expect(forUnknown.json()).toEqual(forKnown.json());
    expect(await latestMessageTo(app, email)).toBeUndefined();
  });

  it('refuses an expired link', async () => {
    const account = await signUpAndLogIn(app);
    await newClient().post('/api/auth/password-reset', { email: account.email });
    const token = tokenIn((await latestMessageTo(app, account.email))!.body);
    await app.pg.query(`UPDATE auth_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      account.id,
    ]);
    expect(
      (await newClient().post('/api/auth/password-reset/confirm', { token, password: 'een nieuwe lange zin' }))
        .statusCode,
    ).toBe(400);
  });
});

describe('passwords at rest', () => {
  it('are stored only as argon2id hashes', async () => {
    const account = await signUpAndLogIn(app);
    const { rows } = await app.pg.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [
      account.id,
    ]);
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0]!.password_hash).not.toContain(account.password);
  });
});
