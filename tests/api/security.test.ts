import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { buildApp } from '../../api/app.ts';
import { HOME_LOCATION_CONSENT } from '../../api/me/consent-texts.ts';
import { useTestApp } from '../helpers/app.ts';
import { signUpAndLogIn, TestClient, uniqueEmail } from '../helpers/client.ts';

const app = useTestApp();

describe('security headers', () => {
  it('sends a strict Content-Security-Policy and the usual hardening headers on pages and API answers', async () => {
    for (const url of ['/', '/api/health']) {
      const response = await app.inject({ url, headers: { accept: 'text/html' } });
      const csp = response.headers['content-security-policy'] as string;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
  });
});

describe('request size limits', () => {
  it('refuses an oversized body on the auth routes with 413', async () => {
    const client = new TestClient(app, { ip: '10.30.0.1' });
    const response = await client.post('/api/auth/login', { email: uniqueEmail(), password: 'x'.repeat(20_000) });
    expect(response.statusCode).toBe(413);
  });

  it('refuses any body over 256 KiB with 413', async () => {
    const { client } = await signUpAndLogIn(app);
    const response = await client.patch('/api/me', { displayName: 'x'.repeat(300 * 1024) });
    expect(response.statusCode).toBe(413);
  });
});

describe('rate limits', () => {
  const tight = { perIp: { points: 4, duration: 60 }, perAccount: { points: 2, duration: 60 } };
  const limited = useTestApp({}, { rateLimits: { login: tight, signup: tight, passwordReset: tight } });

  it('stops guessing one account after its limit, with Retry-After, whichever machine asks', async () => {
    const email = uniqueEmail();
    const attempt = (ip: string) =>
      new TestClient(limited, { ip }).post('/api/auth/login', { email, password: 'gok gok gok gok' });
    expect((await attempt('10.31.0.1')).statusCode).toBe(401);
    expect((await attempt('10.31.0.2')).statusCode).toBe(401);
    const blocked = await attempt('10.31.0.3');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('stops one machine trying many accounts', async () => {
    const client = new TestClient(limited, { ip: '10.32.0.1' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (await client.post('/api/auth/login', { email: uniqueEmail(), password: 'gok gok gok gok' })).statusCode,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
  });

  it('limits sign-up and password reset per address too', async () => {
    const email = uniqueEmail();
    const reset = (ip: string) => new TestClient(limited, { ip }).post('/api/auth/password-reset', { email });
    expect((await reset('10.33.0.1')).statusCode).toBe(202);
    expect((await reset('10.33.0.2')).statusCode).toBe(202);
    expect((await reset('10.33.0.3')).statusCode).toBe(429);
    const signup = (ip: string) =>
      new TestClient(limited, { ip }).post('/api/auth/signup', {
        email,
        password: 'een lange zin als wachtwoord',
        displayName: 'X',
      });
    expect((await signup('10.34.0.1')).statusCode).toBe(202);
    expect((await signup('10.34.0.2')).statusCode).toBe(202);
    expect((await signup('10.34.0.3')).statusCode).toBe(429);
  });
});

describe('the log', () => {
  it('never contains a home point, a password or a session cookie', async () => {
    const lines: string[] = [];
    const logged = await buildApp({
      database: { connectionString: inject('databaseUrl'), kind: inject('databaseKind'), poolMax: 1 },
      webDistDir: 'dist/web',
      publicUrl: 'http://localhost:3000',
      logger: {
        level: 'trace',
        stream: new Writable({
          write(chunk, _encoding, done) {
            lines.push(chunk.toString());
            done();
          },
        }),
      },
    });
    try {
      const account = await signUpAndLogIn(logged, { password: 'mijn geheime wachtzin 123' });
      await account.client.put('/api/me/home-location', {
        lng: 5.0912345,
        lat: 51.5612345,
        consentTextVersion: HOME_LOCATION_CONSENT.version,
      });
      await account.client.put('/api/me/home-location', {
        lng: 5.0912345,
        lat: 95.5,
        consentTextVersion: HOME_LOCATION_CONSENT.version,
      });
      await account.client.get('/api/me/export');
      const log = lines.join('');
      expect(log.length).toBeGreaterThan(0);
      expect(log).not.toContain('5.0912345');
      expect(log).not.toContain('51.5612345');
      expect(log).not.toContain('mijn geheime wachtzin');
      expect(log).not.toContain(account.client.cookie('kk_session')!);
    } finally {
      await logged.close();
    }
  });
});
