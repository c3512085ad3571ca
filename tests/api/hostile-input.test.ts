import { request as httpRequest } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';
import { errorOf, signUpAndLogIn, type TestAccount, TestClient } from '../helpers/client.ts';

// Inputs an attacker sends on purpose: each must be refused with a 4xx that names the field and the rule, never a 500.
const app = useTestApp();
let resident: TestAccount;

beforeAll(async () => {
  resident = await signUpAndLogIn(app, { displayName: 'Invoer' });
});

const NUL = 'ab\u0000cd';

describe('a NUL or other control character in a text field', () => {
  it('is refused by name when creating an item, an organisation or a report, and when changing a display name', async () => {
    const cases: [string, string, Record<string, unknown>, string][] = [
      [
        'POST',
        '/api/assets',
        { type: 'inventory', kind: 'skill', title: NUL, tags: [], visibility: 'public' },
        'body/title',
      ],
      ['POST', '/api/organisations', { name: NUL, kind: 'association' }, 'body/name'],
      ['PATCH', '/api/me', { displayName: NUL }, 'body/displayName'],
      [
        'POST',
        '/api/reports',
        { reason: 'other', note: NUL, introductionId: '00000000-0000-4000-8000-000000000000' },
        'body/note',
      ],
    ];
    for (const [method, url, body, field] of cases) {
      const response = await resident.client.request(method as 'POST', url, body);
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(400);
      expect(errorOf(response), `${method} ${url}`).toMatchObject({ field, rule: 'control-characters' });
    }
  });

  it('is refused in a query string too', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/assets?q=${encodeURIComponent(NUL)}` });
    expect(response.statusCode, response.body).toBeLessThan(500);
  });

  it('leaves tabs and line breaks in longer texts alone', async () => {
    const response = await resident.client.patch('/api/me', { displayName: 'Invoer' });
    expect(response.statusCode, response.body).toBe(200);
  });

  it('is refused in an observation sent as a form', async () => {
    const token = (await resident.client.get('/api/auth/csrf-token')).json().token as string;
    const boundary = '----kkboundary';
    const payload = [
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\ngoes-well\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="body"\r\n\r\n${NUL}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="lng"\r\n\r\n5.08\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="lat"\r\n\r\n51.56\r\n`,
      `--${boundary}--\r\n`,
    ].join('');
    const response = await resident.client.request('POST', '/api/observations', payload, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'x-csrf-token': token,
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(errorOf(response)).toMatchObject({ field: 'body/body', rule: 'control-characters' });
  });
});

describe('a number that is not a finite number', () => {
  it.each(['Infinity', '-Infinity', '1e400', 'NaN', '0x10'])(
    'radius=%s is refused by name on the suggestion routes',
    async (value) => {
      const response = await resident.client.get(`/api/me/suggestions?radius=${encodeURIComponent(value)}`);
      expect(response.statusCode, response.body).toBe(400);
      expect(errorOf(response)?.field).toBe('querystring/radius');
    },
  );
});

describe('a broken multipart form', () => {
  async function send(contentType: string, payload: string) {
    const token = (await resident.client.get('/api/auth/csrf-token')).json().token as string;
    return resident.client.request('POST', '/api/observations', payload, {
      'content-type': contentType,
      'x-csrf-token': token,
    });
  }
  const part = (boundary: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\ngoes-well\r\n`;

  it('without a boundary is a 400 about the body', async () => {
    const response = await send('multipart/form-data', part('x') + '--x--\r\n');
    expect(response.statusCode, response.body).toBe(400);
    expect(errorOf(response)).toMatchObject({ field: 'body', rule: 'multipart' });
  });

  it('with the wrong boundary is a 400 about the body', async () => {
    const response = await send('multipart/form-data; boundary=other', part('x') + '--x--\r\n');
    expect(response.statusCode, response.body).toBe(400);
  });

  it('cut off in the middle of a part is a 400 about the body', async () => {
    const response = await send(
      'multipart/form-data; boundary=x',
      `--x\r\nContent-Disposition: form-data; name="photo"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff`,
    );
    expect(response.statusCode, response.body).toBe(400);
    expect(errorOf(response)).toMatchObject({ field: 'body', rule: 'multipart' });
  });
});

describe('a request target in absolute form (POST http://host/path)', () => {
  let base: URL;
  beforeAll(async () => {
    base = new URL(await app.listen({ host: '127.0.0.1', port: 0 }));
  });

  function raw(method: string, target: string, body: string, headers: Record<string, string> = {}) {
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const outgoing = httpRequest(
        {
          host: base.hostname,
          port: base.port,
          method,
          path: target,
          headers: { 'content-type': 'application/json', ...headers },
        },
        (incoming) => {
          let text = '';
          incoming.on('data', (chunk) => (text += chunk));
          incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: text }));
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  it('is held to the CSRF check like any other request, so log-in and log-out without a token are 403, not 500', async () => {
    const login = await raw(
      'POST',
      `${base.origin}/api/auth/login`,
      JSON.stringify({ email: resident.email, password: resident.password }),
    );
    expect(login.status, login.body).toBe(403);
    const logout = await raw('POST', `${base.origin}/api/auth/logout`, '{}');
    expect(logout.status, logout.body).toBe(403);
  });

  it('reaches the same route as the path alone', async () => {
    const health = await raw('GET', `${base.origin}/api/health`, '');
    expect(health.status, health.body).toBe(200);
    const client = new TestClient(app);
    expect((await client.get('/api/health')).statusCode).toBe(200);
  });
});
