import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

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
