import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { App } from '../../api/app.ts';
import { HOME_LOCATION_CONSENT } from '../../api/me/consent-texts.ts';
import { addItem, offset, setHome } from './assets.ts';
import { signUpInPage } from './browser.ts';
import { signUpAndLogIn, type TestAccount } from './client.ts';

const PASSWORD = 'een zin van vijf woorden';

/** Repairing bicycles as a public skill: what a neighbour who wants to learn it is suggested. */
export const BICYCLE_REPAIR_SKILL = {
  type: 'inventory',
  kind: 'skill',
  title: 'Fietsen maken',
  tags: ['bicycle-repair'],
  visibility: 'public',
};

/**
 * A new resident who can repair bicycles (a public skill) and lives at `home`, signed up and logged in in the page's
 * cookie jar: the one a neighbour who wants to learn it is suggested to. Returns the headers for further API calls.
 */
export async function bicycleRepairerInPage(
  page: Page,
  baseUrl: string,
  displayName: string,
  home: { lng: number; lat: number },
): Promise<Record<string, string>> {
  const at = (path: string) => new URL(path, baseUrl).toString();
  const email = `kk-${randomUUID()}@example.org`;
  const headers = await signUpInPage(page, baseUrl, { email, displayName, password: PASSWORD, language: 'nl' });
  const located = await page.request.put(at('/api/me/home-location'), {
    headers,
    data: { ...home, consentTextVersion: HOME_LOCATION_CONSENT.version },
  });
  expect(located.status()).toBe(200);
  expect((await page.request.post(at('/api/assets'), { headers, data: BICYCLE_REPAIR_SKILL })).status()).toBe(201);
  return headers;
}

/** A neighbour 200 m from `home` who wants to learn to repair bicycles: the one a bicycle repairer there is suggested. */
export async function neighbourWhoWantsToLearn(
  app: App,
  displayName: string,
  home: { lng: number; lat: number },
): Promise<TestAccount> {
  const neighbour = await signUpAndLogIn(app, { displayName });
  await setHome(neighbour, offset(home, 200, 100));
  await addItem(neighbour, {
    type: 'inventory',
    kind: 'learn',
    title: 'Banden plakken',
    tags: ['bicycle-repair'],
    visibility: 'neighbours',
  });
  return neighbour;
}
