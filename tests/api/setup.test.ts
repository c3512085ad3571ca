import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSetupCode, newSetupCode } from '../../api/setup/setup-code.ts';
import { useTestApp } from '../helpers/app.ts';
import { signUpAdmin } from '../helpers/admin.ts';
import { TestClient, uniqueEmail } from '../helpers/client.ts';
import { embeddedRun } from '../helpers/db.ts';
import { startFreshInstance, type FreshInstance } from '../helpers/fresh-instance.ts';

const claim = (code: string, email = uniqueEmail('beheer')) => ({
  code,
  email,
  password: 'een lange wachtzin voor beheer',
  displayName: 'Eerste beheerder',
});

describe('the set-up code', () => {
  it('is three groups of four characters that are easy to copy, new each time', () => {
    const code = newSetupCode();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(newSetupCode()).not.toBe(code);
  });

  it('matches however it is typed, and nothing else', () => {
    expect(isSetupCode('K7QM-2XRT-9HBW', 'k7qm 2xrt 9hbw')).toBe(true);
    expect(isSetupCode('K7QM-2XRT-9HBW', 'K7QM-2XRT-9HBX')).toBe(false);
    expect(isSetupCode('K7QM-2XRT-9HBW', '')).toBe(false);
  });
});

describe.runIf(embeddedRun)('setting up a fresh instance without a shell', () => {
  let fresh: FreshInstance;
  beforeAll(async () => {
    fresh = await startFreshInstance();
  }, 120_000);
  afterAll(() => fresh?.close());

  it('prints a set-up code in its log and says every step is still to do', async () => {
    expect(fresh.log).toContain('/inrichten');
    expect(fresh.setupCode()).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    const instance = (await fresh.app.inject('/api/instance')).json();
    expect(instance.setup).toEqual({ needed: true, administrator: false, named: false, areas: false });
    expect(instance.name).toBeNull();
  });

  it('refuses a wrong code with 401 naming the code, and an incomplete claim with 400 naming the field', async () => {
    const client = new TestClient(fresh.app, { ip: '10.60.0.1' });
    const wrong = await client.post('/api/setup/administrator', claim('AAAA-BBBB-CCCC'));
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().message).toContain('body/code');
    const short = await client.post('/api/setup/administrator', { ...claim(fresh.setupCode()), password: 'kort' });
    expect(short.statusCode).toBe(400);
    expect(short.json().message).toContain('body/password');
    const instance = (await fresh.app.inject('/api/instance')).json();
    expect(instance.setup.administrator).toBe(false);
  });

  it('makes the first administrator with the code, logged in and confirmed, then refuses any further claim', async () => {
    const client = new TestClient(fresh.app, { ip: '10.60.0.2' });
    const email = uniqueEmail('Beheer');
    const claimed = await client.post('/api/setup/administrator', claim(` ${fresh.setupCode().toLowerCase()} `, email));
    expect(claimed.statusCode, claimed.body).toBe(201);
    expect(claimed.json().user).toMatchObject({ displayName: 'Eerste beheerder', isAdmin: true });
    // Logged in: an administrator's route answers.
    expect((await client.get('/api/admin/users')).statusCode).toBe(200);
    const users = (await client.get(`/api/admin/users?q=${encodeURIComponent(email.toLowerCase())}`)).json();
    expect(users).toHaveLength(1);
    const verified = await fresh.app.pg.pool.query<{ email_verified_at: Date | null }>(
      'SELECT email_verified_at FROM users WHERE email = $1',
      [email.toLowerCase()],
    );
    expect(verified.rows[0]!.email_verified_at).not.toBeNull();
    // The same password logs in again, as after a sign-up.
    const login = await new TestClient(fresh.app, { ip: '10.60.0.3' }).post('/api/auth/login', {
      email,
      password: 'een lange wachtzin voor beheer',
    });
    expect(login.statusCode).toBe(200);

    const again = await new TestClient(fresh.app, { ip: '10.60.0.4' }).post(
      '/api/setup/administrator',
      claim(fresh.setupCode()),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('administrator already');
    expect((await fresh.app.inject('/api/instance')).json().setup).toMatchObject({ administrator: true });
  });
});

describe('set-up on an instance that has an administrator', () => {
  const app = useTestApp();

  it('refuses a claim with 409, whatever the code', async () => {
    await signUpAdmin(app);
    const refused = await new TestClient(app, { ip: '10.61.0.1' }).post(
      '/api/setup/administrator',
      claim('AAAA-BBBB-CCCC'),
    );
    expect(refused.statusCode).toBe(409);
  });
});

describe.runIf(embeddedRun)('guessing the set-up code', () => {
  let fresh: FreshInstance;
  const tight = { perIp: { points: 3, duration: 60 }, perAccount: { points: 3, duration: 60 } };
  beforeAll(async () => {
    fresh = await startFreshInstance({ rateLimits: { login: tight, signup: tight, passwordReset: tight } });
  }, 120_000);
  afterAll(() => fresh?.close());

  it('is stopped after the log-in limit, with Retry-After', async () => {
    const client = new TestClient(fresh.app, { ip: '10.62.0.1' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await client.post('/api/setup/administrator', claim(`AAAA-BBBB-CCC${i}`))).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
