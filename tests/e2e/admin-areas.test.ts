import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signUpAdmin } from '../helpers/admin.ts';
import { FLAT_POLYGON } from '../helpers/area-files.ts';
import { closeChecked, describeInChromium, serveAppToSuite } from '../helpers/browser.ts';
import type { TestAccount } from '../helpers/client.ts';

const PAGE_TIMEOUT_MS = 15_000;

// Three of Groningen's wijken from the national file: a municipality no other browser test loads. The import commits,
// so its rows are removed again after the suite.
const national = JSON.parse(
  readFileSync(new URL('../../seed/data/nl-wijken-2024-kerncijfers.geojson', import.meta.url), 'utf8'),
) as { features: { properties: Record<string, unknown> }[] };
const groningen = national.features.filter((feature) => feature.properties.gemeentecode === 'GM0014').slice(0, 3);
const areaFile = (name: string, features: unknown[]) => ({
  name,
  mimeType: 'application/geo+json',
  buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features })),
});

describeInChromium('the areas page in Chromium', { timeout: 60_000 }, () => {
  let admin: TestAccount;
  const served = serveAppToSuite();
  const { at } = served;
  beforeAll(async () => {
    admin = await signUpAdmin(served.app);
  }, 120_000);

  afterAll(async () => {
    const db = served.app.pg;
    await db.query(`DELETE FROM wijk_key_figures WHERE wijk_code LIKE 'WK0014%'`);
    await db.query(`DELETE FROM buurten WHERE municipality_code = 'GM0014'`);
    await db.query(`DELETE FROM wijken WHERE municipality_code = 'GM0014'`);
    await db.query(`DELETE FROM municipalities WHERE code = 'GM0014'`);
    await db.query(`DELETE FROM data_sources WHERE key = 'cbs-wijken-buurten-2025'`);
  });

  async function openAreasPage(width = 1280) {
    const page = await served.newPage({ as: admin, width, timeoutMs: PAGE_TIMEOUT_MS });
    await page.goto(at('/beheer/gebieden'));
    await page.getByRole('heading', { level: 1, name: /Gebieden|Areas/ }).waitFor();
    return page;
  }

  it('an administrator checks a file, sees what it would do, imports it and sees the municipality loaded', async () => {
    const page = await openAreasPage();
    const loaded = page.getByRole('table', { name: /Geladen gemeenten|Loaded municipalities/ });
    await loaded.getByRole('rowheader', { name: 'Tilburg (GM0855)' }).waitFor();
    expect(await loaded.getByRole('rowheader', { name: /GM0014/ }).count()).toBe(0);

    await page
      .getByLabel(/Gebiedsbestand|Area file/)
      .setInputFiles(areaFile('groningen-wijken-2024.geojson', groningen));
    await page.getByRole('button', { name: /Controleren|Check/ }).click();

    const preview = page.getByRole('region', { name: /groningen-wijken-2024\.geojson/ });
    await preview.waitFor();
    await expect.poll(() => preview.getByRole('heading', { name: /^3 wijken$/ }).count()).toBe(1);
    expect(await preview.getByText('aantal_inwoners').count()).toBe(1);
    const groningenBox = preview.getByRole('checkbox', { name: /Groningen \(GM0014\)/ });
    expect(await groningenBox.isChecked()).toBe(true);
    // A check writes nothing.
    expect(await loaded.getByRole('rowheader', { name: /GM0014/ }).count()).toBe(0);

    await preview.getByRole('button', { name: /1 gemeente importeren|Import 1 municipality/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /groningen-wijken-2024\.geojson/ })
      .waitFor();
    const row = loaded.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Groningen (GM0014)' }) });
    await row.waitFor();
    expect(await row.textContent()).toContain('2024');
    await closeChecked(page);
  });

  it('lists the wijk a newer file lacks as retired, with what still refers to it', async () => {
    const page = await openAreasPage();
    await page
      .getByLabel(/Gebiedsbestand|Area file/)
      .setInputFiles(areaFile('groningen-wijken-2025.geojson', groningen.slice(0, 2)));
    await page.getByRole('button', { name: /Controleren|Check/ }).click();
    const preview = page.getByRole('region', { name: /groningen-wijken-2025\.geojson/ });
    const gone = `${String(groningen[2]!.properties.wijknaam)} (${String(groningen[2]!.properties.wijkcode)})`;
    await preview.getByText(gone).waitFor();
    await preview.getByRole('button', { name: /1 gemeente importeren|Import 1 municipality/ }).click();
    const retired = page.getByRole('table', { name: /Gebieden buiten gebruik|Retired areas/ });
    const row = retired.getByRole('row').filter({ has: page.getByRole('rowheader', { name: gone }) });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/0 agenda|0 agendas/);
    await closeChecked(page);
  });

  it('shows each problem of a refused file with its place, and fits a phone', async () => {
    const page = await openAreasPage(320);
    await page
      .getByLabel(/Gebiedsbestand|Area file/)
      .setInputFiles(areaFile('plat-2024.geojson', [{ ...groningen[0], geometry: FLAT_POLYGON }]));
    await page.getByRole('button', { name: /Controleren|Check/ }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'plat-2024.geojson' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /plat-2024\.geojson › feature 1 .*› geometry: has no area left once repaired/,
    );
    expect(await alert.textContent()).toContain('polygon');
    // Nothing sticks out on the right (the elements that do are named in the failure); wide tables scroll in their region.
    const sticking = await page.evaluate(() =>
      [...document.body.querySelectorAll('*')]
        .filter((element) => element.parentElement?.closest('.table-scroll') == null)
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    );
    expect(sticking).toEqual([]);
    await closeChecked(page);
  });
});
