import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type ApiClient = typeof import('../../web/src/api/client.ts') &
  typeof import('../../web/src/api/auth.ts') &
  typeof import('../../web/src/api/me.ts') &
  typeof import('../../web/src/api/organisations.ts');

interface Call {
  method: string;
  path: string;
  csrf: string | null;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** A fake API: records every call and answers from the handler. */
function fakeFetch(handler: (call: Call) => Response) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    const call = { method: init.method ?? 'GET', path, csrf: headers.get('x-csrf-token') };
    calls.push(call);
    return handler(call);
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

let client: ApiClient;

beforeEach(async () => {
  // A fresh module each time: the CSRF token is cached inside it.
  vi.resetModules();
  client = {
    ...(await import('../../web/src/api/client.ts')),
    ...(await import('../../web/src/api/auth.ts')),
    ...(await import('../../web/src/api/me.ts')),
    ...(await import('../../web/src/api/organisations.ts')),
  };
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the API client', () => {
  it('fetches the CSRF token once and sends it with every state-changing call', async () => {
    const calls = fakeFetch((call) =>
      call.path === '/api/auth/csrf-token' ? json(200, { token: 'tok-1' }) : json(204, null),
    );
    await client.logOut();
    await client.endSession('0b8e9f4e-8a43-4d3a-9a57-6f1f2a3b4c5d');
    expect(calls.map((call) => `${call.method} ${call.path} ${call.csrf}`)).toEqual([
      'GET /api/auth/csrf-token null',
      'POST /api/auth/logout tok-1',
      'DELETE /api/me/sessions/0b8e9f4e-8a43-4d3a-9a57-6f1f2a3b4c5d tok-1',
    ]);
  });

  it('gets a new CSRF token and tries once more when the API refuses the token', async () => {
    let tokens = 0;
    const calls = fakeFetch((call) => {
      if (call.path === '/api/auth/csrf-token') return json(200, { token: `tok-${++tokens}` });
      if (call.csrf === 'tok-1')
        return json(403, { statusCode: 403, message: 'The CSRF token is missing or invalid.' });
      return json(204, null);
    });
    await client.logOut();
    expect(calls.map((call) => `${call.method} ${call.path} ${call.csrf}`)).toEqual([
      'GET /api/auth/csrf-token null',
      'POST /api/auth/logout tok-1',
      'GET /api/auth/csrf-token null',
      'POST /api/auth/logout tok-2',
    ]);
  });

  it('does not retry a 403 that is not about the CSRF token', async () => {
    const calls = fakeFetch((call) =>
      call.path === '/api/auth/csrf-token'
        ? json(200, { token: 't' })
        : json(403, { statusCode: 403, message: 'Your account may not do this.' }),
    );
    await expect(client.acceptInvitation('x'.repeat(20))).rejects.toMatchObject({
      status: 403,
      message: 'Your account may not do this.',
    });
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1);
  });

  it('carries the status, message, field errors and Retry-After of a refusal', async () => {
    const errors = [{ field: 'body/password', rule: 'minLength', message: 'must NOT have fewer than 10 characters' }];
    fakeFetch((call) => {
      if (call.path === '/api/auth/csrf-token') return json(200, { token: 't' });
      if (call.path === '/api/auth/signup')
        return json(400, { statusCode: 400, message: 'body/password must NOT have fewer than 10 characters', errors });
      return json(429, { statusCode: 429, message: 'Too many attempts.' }, { 'retry-after': '150' });
    });
    const signup = client.signUp({ email: 'a@example.org', password: 'kort', displayName: 'A', language: 'nl' });
    await expect(signup).rejects.toMatchObject({ status: 400, errors, retryAfter: null });
    await expect(client.logIn('a@example.org', 'x')).rejects.toMatchObject({ status: 429, retryAfter: 150 });
  });

  it('reports a 401 as an ended session, except from the log-in itself', async () => {
    const ended = vi.fn();
    client.setUnauthorizedHandler(ended);
    fakeFetch((call) =>
      call.path === '/api/auth/csrf-token'
        ? json(200, { token: 't' })
        : json(401, { statusCode: 401, message: 'Log in to do this.' }),
    );
    await expect(client.logIn('a@example.org', 'wrong')).rejects.toMatchObject({ status: 401 });
    expect(ended).not.toHaveBeenCalled();
    await expect(client.getMe()).rejects.toMatchObject({ status: 401 });
    expect(ended).toHaveBeenCalledTimes(1);
  });
});
