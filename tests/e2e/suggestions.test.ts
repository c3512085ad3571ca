import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { bicycleRepairerInPage, neighbourWhoWantsToLearn } from '../helpers/bicycle-repairer.ts';
import { HOME_LOCATION_CONSENT } from '../../api/me/consent-texts.ts';
import { addItem, geoJsonPoint, offset, setHome } from '../helpers/assets.ts';
import { describeInChromium, openPage, serveAppToSuiteAround, signUpInPage } from '../helpers/browser.ts';
import { grantConnectorArea, signUpAdmin } from '../helpers/admin.ts';
import { signUpAndLogIn } from '../helpers/client.ts';

const PASSWORD = 'een zin van vijf woorden';

// Enschot Oost (BU08556612): no other test works there.
describeInChromium('“Suggested for you” in Chromium', { timeout: 30_000 }, () => {
  const served = serveAppToSuiteAround('BU08556612');
  const { at } = served;

  /** A new account, logged in in the page's cookie jar; returns the headers for further API calls. */
  function logInNewAccount(page: Page, displayName: string, language: 'nl' | 'en'): Promise<Record<string, string>> {
    const email = `kk-${randomUUID()}@example.org`;
    return signUpInPage(page, served.url, { email, displayName, password: PASSWORD, language });
  }

  it('shows a neighbour who wants to learn my skill, with the reason and a distance band, and hides it when I say so', async () => {
    const neighbour = await neighbourWhoWantsToLearn(served.app, `Ruud ${randomUUID().slice(0, 4)}`, served.home);

    const page = await openPage(served.browser);
    await bicycleRepairerInPage(page, served.url, 'Sanne', served.home);
    await page.goto(at('/'));
    await page.getByRole('link', { name: 'Voor jou' }).click();
    await page.getByRole('heading', { name: 'Voorstellen voor jou', level: 1 }).waitFor();
    const card = page.getByRole('listitem').filter({ hasText: neighbour.displayName });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain(
      `${neighbour.displayName} (< 500 m) wil fietsen repareren leren: dat kun jij.`,
    );
    expect(await card.textContent()).toContain('Vraag een kennismaking aan.');
    // Never an exact distance to a neighbour's home.
    expect((await card.textContent())!.replaceAll('< 500 m', '')).not.toMatch(/\d+\s?m\b/);

    // Keyboard only: Tab to the button, Enter hides it, and the page says so.
    await card.getByRole('button', { name: /Niet voor mij/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => card.count()).toBe(0);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'is verborgen' }).count()).toBe(1);
    await page.reload();
    await page.getByRole('heading', { name: 'Voorstellen voor jou', level: 1 }).waitFor();
    await page.getByText(/Mensen, groepen en plekken/).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: neighbour.displayName }).count()).toBe(0);
    await page.close();
  });

  it('a shared passion starts a group: one note asks each neighbour who shares it, and the meeting place is a link', async () => {
    const passion = {
      type: 'inventory',
      kind: 'passion',
      title: 'Vogels kijken',
      tags: ['birds'],
      visibility: 'neighbours',
    };
    const suffix = randomUUID().slice(0, 4);
    const cooking = { ...passion, title: 'Samen koken', tags: ['cooking'] };
    const neighbours = await Promise.all(
      [`Ilse ${suffix}`, `Joost ${suffix}`].map(async (displayName, index) => {
        const neighbour = await signUpAndLogIn(served.app, { displayName });
        await setHome(neighbour, offset(served.home, 150 + 100 * index, 50));
        await addItem(neighbour, passion);
        await addItem(neighbour, cooking);
        return neighbour;
      }),
    );
    const placeName = `Buurtkamer ${suffix}`;
    await addItem(neighbours[0]!, {
      type: 'place',
      kind: 'community-room',
      title: placeName,
      tags: ['hosting'],
      geometry: geoJsonPoint(offset(served.home, -100, 100)),
      details: { capacity: 20, stepFree: true },
    });

    const page = await openPage(served.browser);
    const headers = await logInNewAccount(page, `Karin ${suffix}`, 'nl');
    const home = { ...served.home, consentTextVersion: HOME_LOCATION_CONSENT.version };
    expect((await page.request.put(at('/api/me/home-location'), { headers, data: home })).status()).toBe(200);
    expect((await page.request.post(at('/api/assets'), { headers, data: passion })).status()).toBe(201);
    expect((await page.request.post(at('/api/assets'), { headers, data: cooking })).status()).toBe(201);
    // The buurtverbinder of Karin's buurt, who shares nothing on the map.
    const buurt = (
      (await (await page.request.get(at('/api/me'), { headers })).json()) as { homeBuurt: { code: string } }
    ).homeBuurt.code;
    const connector = await signUpAndLogIn(served.app, { displayName: `Gert ${suffix}` });
    await grantConnectorArea(await signUpAdmin(served.app), connector, buurt);

    await page.goto(at('/voor-jou'));
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Vogels/ }) });
    await card.waitFor();
    await card.getByRole('button', { name: /Vraag deze 2 buren om een groepje te beginnen/ }).click();
    const note = card.getByRole('textbox');
    expect(await note.inputValue()).toContain('Zullen we samen een groepje beginnen?');
    const toPlace = card.getByRole('link', { name: `Bekijk ${placeName} op de kaart` });
    expect(await toPlace.getAttribute('href')).toBe(`/?q=${encodeURIComponent(placeName)}`);
    await card.getByRole('button', { name: 'Kennismakingen vragen' }).click();
    await page.getByText(/^Gevraagd aan .*Ilse.*Joost|^Gevraagd aan .*Joost.*Ilse/).waitFor();
    for (const neighbour of neighbours) {
      const asked = (await neighbour.client.get('/api/introductions')).json() as { status: string }[];
      expect(asked.map((introduction) => introduction.status)).toEqual(['asked']);
    }

    // Or with a connector's help: one note to the buurtverbinder, who sees it as a request to get acquainted.
    const cookingCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Koken/ }) });
    await cookingCard.getByText('Of vraag een buurtverbinder van je buurt om hulp').waitFor();
    await cookingCard.getByRole('button', { name: new RegExp(`Vraag buurtverbinder Gert ${suffix} om hulp`) }).click();
    expect(await cookingCard.getByRole('textbox').inputValue()).toContain('groepje rond koken beginnen');
    await cookingCard.getByRole('button', { name: 'Hulp vragen' }).click();
    await page.getByText(`Gevraagd aan Gert ${suffix}.`).waitFor();
    const toConnector = (await connector.client.get('/api/introductions')).json() as {
      status: string;
      note: string;
    }[];
    expect(toConnector.map((introduction) => introduction.status)).toEqual(['asked']);
    await page.close();
  });

  it('asks for a home first, and works in English on a 375 px wide screen', async () => {
    const page = await openPage(served.browser, { width: 375, height: 740 });
    await logInNewAccount(page, 'Nieuw', 'en');
    await page.goto(at('/voor-jou'));
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('We do not know where you live yet').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    await page.close();
  });
});
