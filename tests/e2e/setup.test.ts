import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeChecked, describeInChromium, launchBrowser, openCheckedPage } from '../helpers/browser.ts';
import { embeddedRun } from '../helpers/db.ts';
import { startFreshInstance, type FreshInstance } from '../helpers/fresh-instance.ts';
import { asFile, groningenBuurten, groningenWijken } from '../helpers/groningen.ts';

const PAGE_TIMEOUT_MS = 15_000;

// The fresh instance is embedded whichever database the run is for: the PostgreSQL run skips it (embeddedRun).
(embeddedRun ? describeInChromium : describe.skip)(
  'setting up a fresh instance in Chromium',
  { timeout: 90_000 },
  () => {
    let fresh: FreshInstance;
    let browser: Browser;
    let url: string;

    beforeAll(async () => {
      [fresh, browser] = await Promise.all([startFreshInstance(), launchBrowser()]);
      url = await fresh.app.listen({ host: '127.0.0.1', port: 0 });
    }, 180_000);
    afterAll(async () => {
      await browser?.close();
      await fresh?.close();
    });

    it('leads from the map to the set-up page, claims the administrator with the code from the log, names the instance and imports its areas', async () => {
      const page = await openCheckedPage(browser, { width: 320, height: 800, timeoutMs: PAGE_TIMEOUT_MS });
      await page.goto(url);
      await page.getByRole('link', { name: 'Inrichten' }).click();
      await page.waitForURL('**/inrichten');
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Stap 1 van 3' }).count()).toBe(1);
      await page.getByRole('heading', { name: 'Stap 1: maak het beheerdersaccount' }).waitFor();

      // A wrong code is refused beside the code field.
      await page.locator('#setup-code').fill('AAAA-BBBB-CCCC');
      await page.locator('#setup-email').fill('beheer@example.org');
      await page.locator('#setup-display-name').fill('Eerste beheerder');
      await page.locator('#setup-password').fill('een lange wachtzin voor beheer');
      await page.getByRole('button', { name: 'Beheerder worden' }).click();
      await page.getByText('Dit is niet de inrichtcode.').waitFor();

      await page.locator('#setup-code').fill(fresh.setupCode());
      await page.getByRole('button', { name: 'Beheerder worden' }).click();
      await page.getByRole('heading', { name: 'Stap 2: geef deze Krachtkaart een naam' }).waitFor();
      expect(await page.locator('.setup-steps li[data-done]').allTextContents()).toEqual(['1. Beheerder (klaar)']);

      // At 320 px nothing sticks out sideways, the settings form included.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.locator('#setup-settings-name').fill('Krachtkaart Teststad');
      await page.getByRole('button', { name: 'Opslaan en verder' }).click();
      await page.getByRole('heading', { name: 'Stap 3: laad de gebieden' }).waitFor();
      expect(await page.getByRole('link', { name: 'Gebieden', exact: true }).getAttribute('href')).toBe(
        '/beheer/gebieden',
      );
      await expect.poll(() => page.locator('.app-brand-link').textContent()).toContain('Krachtkaart Teststad');
      const instance = (await (await page.request.get(new URL('/api/instance', url).toString())).json()) as {
        name: string;
        setup: Record<string, boolean>;
      };
      expect(instance.name).toBe('Krachtkaart Teststad');
      expect(instance.setup).toEqual({ needed: true, administrator: true, named: true, areas: false });

      // Step 3 in place: check the area file, read what it would do, import it; the map then opens on it.
      const wijken = groningenWijken.slice(0, 3);
      const buurten = groningenBuurten.slice(0, 3);
      await page.getByLabel('Gebiedsbestand (GeoPackage of GeoJSON)').setInputFiles({
        name: 'wijkenbuurten_2024.geojson',
        mimeType: 'application/geo+json',
        buffer: Buffer.from(asFile([...wijken, ...buurten])),
      });
      await page.getByRole('button', { name: 'Controleren' }).click();
      const preview = page.getByRole('region', { name: /wijkenbuurten_2024\.geojson/ });
      await preview.getByRole('heading', { name: /^3 buurten$/ }).waitFor();
      await preview.getByRole('button', { name: '1 gemeente importeren' }).click();
      await page.getByText('Deze Krachtkaart is ingericht.').first().waitFor();
      expect(await page.locator('.setup-steps li[data-done]').count()).toBe(3);
      await page.getByRole('link', { name: 'Naar de kaart' }).click();
      await expect.poll(() => page.locator('path.buurt-shape').count()).toBe(3);
      await expect.poll(() => page.locator('.app-tagline').textContent()).toBe('Buurten van Groningen');
      // Set up: no banner any more.
      expect(await page.locator('.setup-banner').count()).toBe(0);
      await closeChecked(page);
    });
  },
);
