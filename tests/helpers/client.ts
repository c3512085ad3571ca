import { randomUUID } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { App } from '../../api/app.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A browser-like client for `app.inject`: keeps cookies between requests and sends the CSRF token on
 * state-changing requests, as the web app does.
 */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  private csrfToken: string | undefined;

  constructor(
    private readonly app: App,
    private readonly options: { ip?: string; csrf?: boolean } = {},
  ) {}

  async request(
    method: Method,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const unsafe = method !== 'GET';
    if (unsafe && this.options.csrf !== false && !this.csrfToken) {
      this.csrfToken = (await this.request('GET', '/api/auth/csrf-token')).json().token;
    }
    const request: InjectOptions = {
      method,
      url,
      remoteAddress: this.options.ip ?? '127.0.0.1',
      headers: {
        ...(this.cookies.size > 0
          ? { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') }
          : {}),
        ...(unsafe && this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
    };
    const response = await this.app.inject(request);
    for (const cookie of response.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const expired =
        cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now()) || cookie.maxAge === 0;
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  put = (url: string, body?: unknown) => this.request('PUT', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  delete = (url: string, body?: unknown) => this.request('DELETE', url, body);

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }
}

export interface TestAccount {
  client: TestClient;
  id: string;
  email: string;
  password: string;
  displayName: string;
}

export function uniqueEmail(label = 'bewoner'): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.org`;
}

/** Signs up through the API and logs in, as a newcomer does. */
export async function signUpAndLogIn(
  app: App,
  overrides: { email?: string; password?: string; displayName?: string; ip?: string } = {},
): Promise<TestAccount> {
  const client = new TestClient(app, {
    ip: overrides.ip ?? `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  });
  const account = {
    email: overrides.email ?? uniqueEmail(),
    password: overrides.password ?? 'een lange zin als wachtwoord',
    displayName: overrides.displayName ?? 'Sanne',
  };
  const signup = await client.post('/api/auth/signup', account);
  if (signup.statusCode !== 202) throw new Error(`sign-up failed: ${signup.statusCode} ${signup.body}`);
  const login = await client.post('/api/auth/login', { email: account.email, password: account.password });
  if (login.statusCode !== 200) throw new Error(`log-in failed: ${login.statusCode} ${login.body}`);
  return { client, id: login.json().user.id, ...account };
}

/** The first field error of an answer (`{ field, rule }`), as the API names what it refused. */
export const errorOf = (response: { json: () => { errors?: { field: string; rule: string }[] } }) =>
  response.json().errors?.[0];

/** Checks that an answer is a 400 whose first field error names the field and the rule it broke. */
export function expectRefusal(response: LightMyRequestResponse, field: string, rule: string): void {
  expect(response.statusCode, response.body).toBe(400);
  expect(errorOf(response)).toMatchObject({ field, rule });
}
