import { afterAll, beforeAll, expect, it } from 'vitest';
import { readGeoJsonAreaFile } from '../../api/areas/import/area-file.ts';
import { cbsSource, importAreas } from '../../api/areas/import/area-import.service.ts';
import { describeInChromium, openPage, serveAppToSuite } from '../helpers/browser.ts';
import { testPool } from '../helpers/db.ts';
import { asFile, groningenBuurten, groningenWijken } from '../helpers/groningen.ts';

// An instance that serves two municipalities: the map page offers the choice, and its lists, colours and view follow
// it. Groningen is loaded for this suite only and removed after it.

const pool = testPool();

describeInChromium('choosing a municipality on the map in Chromium', { timeout: 30_000 }, () => {
  const served = serveAppToSuite();

  beforeAll(async () => {
    const file = readGeoJsonAreaFile('groningen.geojson', asFile([...groningenWijken, ...groningenBuurten]));
    await importAreas(pool, file, { source: cbsSource(2024) });
  }, 120_000);

  afterAll(async () => {
    await pool.query(`DELETE FROM key_figures WHERE wijk_code LIKE 'WK0014%' OR buurt_code LIKE 'BU0014%'`);
    await pool.query(`DELETE FROM buurten WHERE municipality_code = 'GM0014'`);
    await pool.query(`DELETE FROM wijken WHERE municipality_code = 'GM0014'`);
    await pool.query(`DELETE FROM municipalities WHERE code = 'GM0014'`);
    await pool.end();
  });

  it('lists each loaded municipality, and shows the one chosen: its wijken, its colours and its place on the map', async () => {
    const page = await openPage(served.browser);
    await page.goto(served.url);
    const choice = page.getByLabel('Gemeente', { exact: true });
    await choice.waitFor();
    expect(await choice.locator('option').allTextContents()).toEqual(['Tilburg', 'Groningen']);
    const wijk = page.locator('#map-wijk');
    // Tilburg's wijken that have buurten on the map (Biezenmortel has none).
    await expect.poll(() => wijk.locator('option').count()).toBe(1 + 58);
    expect(await wijk.locator('option').first().textContent()).toBe('Heel Tilburg');

    await choice.selectOption({ label: 'Groningen' });
    await expect.poll(() => new URL(page.url()).searchParams.get('gemeente')).toBe('GM0014');
    await expect.poll(() => wijk.locator('option').count()).toBe(1 + groningenWijken.length);
    expect(await wijk.locator('option').first().textContent()).toBe('Heel Groningen');
    // The map moved to Groningen: one of its buurten lies under the middle of the map.
    const groningenCode = String(groningenBuurten[0]!.properties.buurtcode);
    await expect
      .poll(() =>
        page.evaluate(function middleIsInGroningen() {
          const box = document.querySelector('.area-map')!.getBoundingClientRect();
          const under = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return under.some((element) => element.getAttribute('data-code')?.startsWith('BU0014') ?? false);
        }),
      )
      .toBe(true);
    expect(await page.locator(`path.buurt-shape[data-code="${groningenCode}"]`).count()).toBe(1);

    // Colouring the wijken asks for Groningen's figures, scored against Groningen.
    const answered = page.waitForResponse(
      (response) =>
        response.url().includes('/api/indicators/density/wijken?') && response.url().includes('municipality=GM0014'),
    );
    await page.getByLabel('Kleur de wijken naar…').selectOption('density');
    const body = (await (await answered).json()) as { municipality: { code: string }; wijken: unknown[] };
    expect(body.municipality.code).toBe('GM0014');
    expect(body.wijken).toHaveLength(groningenWijken.length);

    // Back goes back to Tilburg.
    await page.goBack();
    await page.goBack();
    await expect.poll(() => choice.inputValue()).toBe('GM0855');
    await page.close();
  });

  it('lists the buurtagendas of the municipality chosen', async () => {
    const page = await openPage(served.browser);
    await page.goto(new URL('/buurtagendas', served.url).toString());
    const choice = page.getByLabel('Gemeente', { exact: true });
    await choice.waitFor();
    const answered = page.waitForResponse(
      (response) => response.url().includes('/api/agendas?') && response.url().includes('municipality=GM0014'),
    );
    await choice.selectOption({ label: 'Groningen' });
    expect(await (await answered).json()).toEqual([]);
    await page.getByText('Er is nog geen buurtagenda die je kunt zien.').waitFor();
    await page.close();
  });

  it('offers the choice on a 320 px wide screen too', async () => {
    const page = await openPage(served.browser, { width: 320, height: 640 });
    await page.goto(`${served.url}?gemeente=GM0014`);
    const toggle = page.locator('.side-panel-toggle, [aria-controls="side-panel"]').first();
    if (await toggle.isVisible()) await toggle.click();
    const choice = page.getByLabel('Gemeente', { exact: true });
    await choice.waitFor();
    expect(await choice.inputValue()).toBe('GM0014');
    await page.close();
  });
});
