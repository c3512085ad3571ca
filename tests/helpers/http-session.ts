/** A resident's browser over real HTTP: keeps the session and CSRF cookies, and sends the CSRF token on writes. */
export class HttpSession {
  private readonly cookies = new Map<string, string>();
  csrfToken = '';

  constructor(private baseUrl: string) {}

  /** The Cookie header as the browser would send it. */
  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** Sends the following requests to another server (the same one restarted), keeping the cookies. */
  moveTo(baseUrl: string): void {
    this.baseUrl = baseUrl;
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
  ): Promise<HttpSession> {
    const session = new HttpSession(baseUrl);
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
