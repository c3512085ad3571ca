import { afterAll, beforeAll, expect, it } from 'vitest';
import { signUpAdmin } from '../helpers/admin.ts';
import { closeChecked, describeInChromium, openHeaderMenu, serveAppToSuite } from '../helpers/browser.ts';
import type { TestAccount } from '../helpers/client.ts';

const PAGE_TIMEOUT_MS = 15_000;

describeInChromium('the instance settings page in Chromium', { timeout: 90_000 }, () => {
  const served = serveAppToSuite();
  let admin: TestAccount;
  let before: Record<string, unknown>;

  beforeAll(async () => {
    admin = await signUpAdmin(served.app);
    const { name, languages, defaultLanguage, tiles } = (await served.app.inject('/api/instance')).json();
    before = { name, languages, defaultLanguage, tiles };
  }, 120_000);

  // Other suites share the database: the settings go back as they were (an unnamed instance's name through SQL).
  afterAll(async () => {
    if (!before) return;
    await admin.client.put('/api/admin/instance', { ...before, name: before.name ?? 'x' });
    if (before.name === null) await served.app.pg.pool.query('UPDATE instance_settings SET name = NULL');
  });

  it('switches the background map to PDOK in one click, and the map then draws PDOK tiles with its credit', async () => {
    const page = await served.newPage({ as: admin, width: 320, height: 900, timeoutMs: PAGE_TIMEOUT_MS });
    await page.goto(served.at('/beheer/instellingen'));
    await page.getByRole('heading', { name: 'Instellingen' }).waitFor();
    await page.locator('#instance-settings-name').fill('Krachtkaart Proefstad');
    await page.getByRole('button', { name: 'PDOK BRT-Achtergrondkaart' }).click();
    expect(await page.locator('#instance-settings-tile-url').inputValue()).toContain('service.pdok.nl');
    expect(await page.locator('#instance-settings-tile-attribution').inputValue()).toBe('Kaartgegevens © Kadaster');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Opgeslagen.').waitFor();

    await page.goto(served.url);
    const tile = page.locator('img.leaflet-tile').first();
    await tile.waitFor({ state: 'attached' });
    expect(await tile.getAttribute('src')).toMatch(
      /^https:\/\/service\.pdok\.nl\/brt\/achtergrondkaart\/wmts\/v2_0\/standaard\/EPSG:3857\/\d+\/\d+\/\d+\.png$/,
    );
    await page.locator('.leaflet-control-attribution', { hasText: 'Kaartgegevens © Kadaster' }).waitFor();
    expect(await page.locator('.app-brand-link').textContent()).toContain('Krachtkaart Proefstad');
    await closeChecked(page);

    // "About the data" credits the background map chosen, not OpenStreetMap.
    const wide = await served.newPage({ timeoutMs: PAGE_TIMEOUT_MS });
    await wide.goto(served.url);
    await (await openHeaderMenu(wide)).getByRole('button', { name: 'Over de data' }).click();
    const about = wide.getByRole('dialog');
    await about.getByRole('heading', { name: 'Achtergrondkaart' }).waitFor();
    expect(await about.getByText('Kaartgegevens © Kadaster').count()).toBe(1);
    expect(await about.getByRole('heading', { name: 'OpenStreetMap' }).count()).toBe(0);
    await closeChecked(wide);
  });

  it('offers only the chosen languages, and a first visit gets the default language', async () => {
    const saved = await admin.client.put('/api/admin/instance', {
      ...before,
      name: 'Krachtkaart Proefstad',
      languages: ['en'],
      defaultLanguage: 'en',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    // A new context: nothing chosen in this browser yet.
    const page = await served.newPage({ timeoutMs: PAGE_TIMEOUT_MS });
    await page.goto(served.url);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.title()).toContain('Krachtkaart Proefstad – neighbourhoods of');
    expect(await page.getByRole('button', { name: 'Nederlands' }).count()).toBe(0);

    await admin.client.put('/api/admin/instance', { ...before, name: 'Krachtkaart Proefstad' });
    await page.reload();
    // Both offered again, Dutch the default: the switch offers English.
    await page.getByRole('button', { name: 'English' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await closeChecked(page);
  });

  it('refuses a tile address without {z}, {x} and {y} before saving', async () => {
    const page = await served.newPage({ as: admin, timeoutMs: PAGE_TIMEOUT_MS });
    await page.goto(served.at('/beheer/instellingen'));
    await page.locator('#instance-settings-tile-url').fill('https://example.org/tiles.png');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Het adres van de kaarttegels begint met https://').waitFor();
    await closeChecked(page);
  });
});
