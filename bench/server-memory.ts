// A resident's browser for the benchmarks: keeps the session and CSRF cookies, and sends the CSRF token on writes.
import { readdirSync, readFileSync } from 'node:fs';

export class BenchSession {
  private readonly cookies = new Map<string, string>();
  csrfToken = '';

  constructor(private readonly baseUrl: string) {}

  /** The Cookie header as the browser would send it. */
  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(method: string, path: string, body?: unknown): Promise<Response> {
    const unsafe = method !== 'GET';
    const headers: Record<string, string> = {};
    if (this.cookies.size > 0) headers.cookie = this.cookieHeader;
    if (unsafe) headers['x-csrf-token'] = this.csrfToken;
    if (body !== undefined && !(body instanceof FormData)) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return response;
  }

  async refreshCsrfToken(): Promise<void> {
    this.csrfToken = ((await (await this.request('GET', '/api/auth/csrf-token')).json()) as { token: string }).token;
  }

  /** Logs in (signing up first when asked), leaving a valid session and CSRF token. */
  static async logIn(
    baseUrl: string,
    account: { email: string; password: string; displayName?: string },
    signUp = false,
  ): Promise<BenchSession> {
    const session = new BenchSession(baseUrl);
    await session.refreshCsrfToken();
    if (signUp) {
      const signup = await session.request('POST', '/api/auth/signup', {
        email: account.email,
        password: account.password,
        displayName: account.displayName ?? 'Bewoner',
      });
      if (signup.status !== 202) throw new Error(`sign-up failed: ${signup.status} ${await signup.text()}`);
    }
    const login = await session.request('POST', '/api/auth/login', {
      email: account.email,
      password: account.password,
    });
    if (login.status !== 200)
      throw new Error(`log-in of ${account.email} failed: ${login.status} ${await login.text()}`);
    await session.refreshCsrfToken();
    return session;
  }
}

/** Resident set size now and at its highest (kB), from /proc; null when the process is gone. */
export function memoryOf(pid: number): { rssKb: number; hwmKb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** The server process started by this process (tests/helpers/server-process.ts runs `node … api/server.ts`). */
export function serverPid(): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('api/server.ts')) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  throw new Error('no server process started by this benchmark');
}
