import { existsSync } from 'node:fs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../api/app.ts';
import { buildTestApp, MANY_SIGNUPS_RATE_LIMITS } from './app.ts';
import { cellCentreIn } from './assets.ts';

const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

// Headless and quiet: no GPU, no background downloads or update checks that could slow or flake a test run.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
}

export function hasBrowser(): boolean {
  return existsSync(chromiumPath());
}

/**
 * A suite of browser tests: run where Chromium is installed; elsewhere skipped with a warning, so `npm test` passes on
 * a bare machine, or (E2E_REQUIRED=1, as CI sets it) one failing test saying why.
 */
export function describeInChromium(name: string, options: { timeout: number }, suite: () => void): void {
  if (hasBrowser()) {
    describe(name, options, suite);
    return;
  }
  const reason = `no Chromium at ${chromiumPath()} (set CHROMIUM_PATH to a Chromium binary)`;
  if (process.env.E2E_REQUIRED === '1') {
    describe(name, () => {
      it('needs a browser because E2E_REQUIRED=1', () => {
        throw new Error(`E2E_REQUIRED=1 but ${reason}`);
      });
    });
  } else {
    console.warn(`Skipping the browser tests "${name}": ${reason}. Set E2E_REQUIRED=1 to make this a failure.`);
    describe.skip(name, suite);
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export interface PageOptions {
  width?: number;
  height?: number;
}

function isLocalHost(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

/**
 * A page in its own context that never reaches beyond the test server: map tiles
 * (tile.openstreetmap.org) and any other outside request are aborted at once, so no test waits on the network.
 */
export async function openPage(browser: Browser, { width = 1280, height = 800 }: PageOptions = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.route(
    (url) => url.protocol !== 'data:' && !isLocalHost(url),
    (route) => route.abort('blockedbyclient'),
  );
  return page;
}

/** What each page opened by openCheckedPage has logged as a breach of the Content-Security-Policy, until it closes. */
const cspViolations = new WeakMap<Page, string[]>();

/**
 * A page as openPage opens it, with a default timeout for its waits (timeoutMs), that notes every console error
 * about the Content-Security-Policy (an inline style or script the policy blocks, say); closeChecked checks them.
 */
export async function openCheckedPage(
  browser: Browser,
  { timeoutMs, ...size }: PageOptions & { timeoutMs?: number } = {},
): Promise<Page> {
  const page = await openPage(browser, size);
  if (timeoutMs !== undefined) page.setDefaultTimeout(timeoutMs);
  const violations: string[] = [];
  cspViolations.set(page, violations);
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return page;
}

/**
 * Closes a page from openCheckedPage and fails the test if anything on it broke the Content-Security-Policy.
 * The assertion lives here rather than in each test: every caller wants exactly this check, and a failure shows the
 * offending console messages, so a returned list would only move the same `expect` line into every test.
 */
export async function closeChecked(page: Page): Promise<void> {
  // A route still fetching when the page closes would reject after the test: let such fetches end quietly.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.close();
  expect(cspViolations.get(page), 'a page not opened by openCheckedPage').toBeDefined();
  expect(cspViolations.get(page)).toEqual([]);
}

/**
 * The header's links, with its menu opened: the row shows the links used most as far as the width allows, "Menu" all
 * the others (the ones in the row are left out of it), so a link is found here at any width.
 */
export async function openHeaderMenu(page: Page): Promise<Locator> {
  const toggle = page.getByRole('button', { name: 'Menu' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page.getByRole('navigation', { name: 'Menu' });
}

/** The header that lets the page's own cookie jar call the API's unsafe methods (the CSRF token, as the app fetches it). */
export async function csrfHeaders(page: Page, baseUrl: string): Promise<Record<string, string>> {
  const response = await page.request.get(new URL('/api/auth/csrf-token', baseUrl).toString());
  const { token } = (await response.json()) as { token: string };
  return { 'x-csrf-token': token };
}

/** Logs in through the API in the page's cookie jar, as the log-in form does; returns the headers for further calls. */
export async function logInInPage(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
): Promise<Record<string, string>> {
  const headers = await csrfHeaders(page, baseUrl);
  const response = await page.request.post(new URL('/api/auth/login', baseUrl).toString(), {
    headers,
    data: { email, password },
  });
  if (response.status() !== 200) throw new Error(`log-in of ${email}: ${response.status()}`);
  return headers;
}

/** A new account as the sign-up form sends it. */
export interface NewAccount {
  email: string;
  displayName: string;
  password: string;
  language: 'nl' | 'en';
}

/** Signs a new account up and logs it in through the API in the page's cookie jar; returns the headers for further calls. */
export async function signUpInPage(page: Page, baseUrl: string, account: NewAccount): Promise<Record<string, string>> {
  const signup = await page.request.post(new URL('/api/auth/signup', baseUrl).toString(), {
    headers: await csrfHeaders(page, baseUrl),
    data: account,
  });
  expect(signup.status()).toBe(202);
  return logInInPage(page, baseUrl, account.email, account.password);
}

/** The real app listening on loopback, and Chromium to drive it: what most browser suites start with. */
export interface ServedApp {
  app: App;
  url: string;
  browser: Browser;
}

/** Builds the app (with `buildTestApp`'s arguments) and launches Chromium at the same time, then listens on a free port. */
async function serveAppToChromium(...appArguments: Parameters<typeof buildTestApp>): Promise<ServedApp> {
  const [app, browser] = await Promise.all([buildTestApp(...appArguments), launchBrowser()]);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url, browser };
}

/** Closes what `serveAppToChromium` started (either may be missing when the start failed). */
async function closeServedApp(served: Partial<ServedApp>): Promise<void> {
  await served.browser?.close();
  await served.app?.close();
}

/** How long a suite's page waits for what it looks for, unless the suite says otherwise. */
const SUITE_PAGE_TIMEOUT_MS = 10_000;

/** What a suite's page is opened with: its size and timeout, and whom it is logged in as (nobody when not given). */
export interface SuitePageOptions extends PageOptions {
  timeoutMs?: number;
  as?: { email: string; password: string };
}

/**
 * The app and Chromium that `serveAppToSuite` starts for a suite, the address of a path on the app, and a page on it
 * (from openCheckedPage, so closeChecked closes it).
 */
export interface SuiteApp extends ServedApp {
  at(path: string): string;
  newPage(options?: SuitePageOptions): Promise<Page>;
}

/**
 * Serves the app to Chromium for the suite this is called in: started before its tests (and before any `beforeAll`
 * the suite registers after this call), closed after them. The returned object's app, url and browser are there
 * from then on; reading them while the suite is only being defined throws.
 */
export function serveAppToSuite(...appArguments: Parameters<typeof buildTestApp>): SuiteApp {
  let served: Partial<ServedApp> = {};
  beforeAll(async () => {
    served = await serveAppToChromium(...appArguments);
  }, 120_000);
  afterAll(() => closeServedApp(served));
  function started<K extends keyof ServedApp>(key: K): ServedApp[K] {
    const value = served[key];
    if (value === undefined) throw new Error(`the app is not served yet (${key} read before the suite's beforeAll)`);
    return value;
  }
  return {
    get app() {
      return started('app');
    },
    get url() {
      return started('url');
    },
    get browser() {
      return started('browser');
    },
    at: (path) => new URL(path, started('url')).toString(),
    async newPage({ as, timeoutMs = SUITE_PAGE_TIMEOUT_MS, ...size } = {}) {
      const page = await openCheckedPage(started('browser'), { ...size, timeoutMs });
      if (as !== undefined) await logInInPage(page, started('url'), as.email, as.password);
      return page;
    },
  };
}

/**
 * `serveAppToSuite` with room for many sign-ups, and a home for the suite's residents to live around: the centre of
 * the grid cell that holds a buurt's point-on-surface, there from the suite's `beforeAll` on.
 */
export function serveAppToSuiteAround(buurtCode: string): SuiteApp & { readonly home: { lng: number; lat: number } } {
  const served = serveAppToSuite({}, { rateLimits: MANY_SIGNUPS_RATE_LIMITS });
  let home: { lng: number; lat: number } | undefined;
  beforeAll(async () => {
    home = await cellCentreIn(served.app, buurtCode);
  }, 120_000);
  return Object.defineProperty(served, 'home', {
    get() {
      if (home === undefined) throw new Error("the suite's home is not there yet (read before the suite's beforeAll)");
      return home;
    },
  }) as SuiteApp & { readonly home: { lng: number; lat: number } };
}
