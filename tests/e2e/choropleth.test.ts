import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { BuurtCollection } from '../../web/src/api/areas.ts';
import type { IndicatorAcrossWijken, IndicatorSummary } from '../../web/src/api/kompas.ts';
import { formatNumber } from '../../web/src/kompas/kompas-view.ts';
import { KOMPAS_MIN_COUNT } from '../../api/shared/policy.ts';
import { cellCentreIn } from '../helpers/assets.ts';
import { describeInChromium, openPage, serveAppToSuite } from '../helpers/browser.ts';
import { signUpAndLogIn } from '../helpers/client.ts';

const PAGE_TIMEOUT_MS = 10_000;
// A CBS figure: composition, so shown in the neutral sequence and never judged.
const FIGURE = 'household-size';
// Judged, live from the map: this test puts associations in a few wijken of its own so that the wijken differ.
const JUDGED = 'associations-per-1000';
// Away from the wijk the profile tests count associations in (WK085561).
const WIJKEN_WITH_ASSOCIATIONS = 3;

// The fills the stylesheets promise, as the browser computes them: the kompas's judgement colours and the sequence.
const FILLS: Record<string, string> = {
  'much-better': 'rgb(27, 122, 58)',
  better: 'rgb(143, 209, 158)',
  average: 'rgb(239, 228, 196)',
  worse: 'rgb(243, 165, 160)',
  'much-worse': 'rgb(179, 38, 30)',
  'sequential-far-below': 'rgb(242, 240, 247)',
  'sequential-below': 'rgb(203, 201, 226)',
  'sequential-average': 'rgb(158, 154, 200)',
  'sequential-above': 'rgb(117, 107, 177)',
  'sequential-far-above': 'rgb(84, 39, 143)',
  none: 'rgb(196, 200, 203)',
};

describeInChromium('the wijken coloured by an indicator on the map in Chromium', { timeout: 60_000 }, () => {
  let indicators: IndicatorSummary[];
  let figure: IndicatorAcrossWijken;
  let judged: IndicatorAcrossWijken;
  let buurten: BuurtCollection;

  const served = serveAppToSuite();
  beforeAll(async () => {
    [indicators, figure, buurten] = await Promise.all([
      getJson<IndicatorSummary[]>('/api/indicators?lang=nl'),
      getJson<IndicatorAcrossWijken>(`/api/indicators/${FIGURE}/wijken?lang=nl`),
      getJson<BuurtCollection>('/api/areas/buurten'),
    ]);
    const firstBuurtOf = (code: string) =>
      buurten.features.find((feature) => feature.properties.wijkCode === code)?.properties.code;
    // Enough associations in each to be compared (fewer read as their count, uncoloured); one owner per wijk, whose
    // moves stay within the day's limit.
    for (const wijk of figure.wijken
      .filter((one) => one.value !== null && firstBuurtOf(one.code) !== undefined)
      .slice(-WIJKEN_WITH_ASSOCIATIONS)) {
      const owner = await signUpAndLogIn(served.app, { displayName: `Kleurvereniging ${wijk.name}` });
      const location = await cellCentreIn(served.app, firstBuurtOf(wijk.code)!);
      for (let index = 0; index < KOMPAS_MIN_COUNT; index++) {
        const created = await owner.client.post('/api/organisations', {
          name: `Vereniging ${index} ${wijk.name}`,
          kind: 'association',
        });
        expect(created.statusCode).toBe(201);
        const moved = await owner.client.patch(`/api/organisations/${created.json<{ id: string }>().id}`, { location });
        expect(moved.statusCode).toBe(200);
      }
    }
    judged = await getJson<IndicatorAcrossWijken>(`/api/indicators/${JUDGED}/wijken?lang=nl`);
    expect(judged.breaks![0]).toBeLessThan(judged.breaks![3]);
  }, 120_000);

  async function getJson<T>(path: string): Promise<T> {
    const response = await fetch(new URL(path, served.url));
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  }

  async function openMap(path = '/', size?: { width: number; height: number }): Promise<Page> {
    const page = await openPage(served.browser, size);
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    await page.goto(new URL(path, served.url).toString());
    await page
      .locator('path.buurt-shape')
      .nth(buurten.features.length - 1)
      .waitFor({ state: 'attached' });
    return page;
  }

  /** Each coloured wijk path's code, tone and the fill the browser paints it with. */
  async function fills(page: Page): Promise<{ code: string; tone: string; fill: string }[]> {
    return page.locator('path.choropleth-shape').evaluateAll((paths) =>
      paths.map((path) => ({
        code: path.getAttribute('data-code') ?? '',
        tone: path.getAttribute('data-tone') ?? '',
        fill: getComputedStyle(path).fill,
      })),
    );
  }

  function summaryOf(key: string): IndicatorSummary {
    const summary = indicators.find((indicator) => indicator.key === key);
    expect(summary, `the API lists ${key}`).toBeDefined();
    return summary!;
  }

  /** A point on the screen where a buurt of this wijk is the topmost element. */
  async function pointInWijk(page: Page, wijkCode: string): Promise<{ x: number; y: number; code: string }> {
    const codes = buurten.features
      .filter((feature) => feature.properties.wijkCode === wijkCode)
      .map((feature) => feature.properties.code);
    const found = await page.evaluate(function findUncoveredPoint(buurtCodes: string[]) {
      for (const code of buurtCodes) {
        const path = document.querySelector(`path.buurt-shape[data-code="${code}"]`);
        if (path === null) continue;
        const box = path.getBoundingClientRect();
        for (let i = 1; i < 8; i++) {
          for (let j = 1; j < 8; j++) {
            const x = box.left + (box.width * i) / 8;
            const y = box.top + (box.height * j) / 8;
            if (document.elementFromPoint(x, y) === path) return { x, y, code };
          }
        }
      }
      return null;
    }, codes);
    expect(found, `some buurt of ${wijkCode} has an uncovered point`).not.toBeNull();
    return found!;
  }

  it('colours the wijken by a CBS figure with a legend and a table, switches to a judged asset, goes back, and turns off', async () => {
    const page = await openMap();
    expect(await page.locator('path.choropleth-shape').count()).toBe(0);
    const select = page.getByLabel('Kleur de wijken naar…');
    expect(await select.inputValue()).toBe('');
    // Grouped by family and theme.
    expect(await select.locator('optgroup').count()).toBeGreaterThan(2);
    expect(await select.locator(`optgroup[label^="Cijfers"] option[value="${FIGURE}"]`).count()).toBe(1);

    // A CBS figure: the neutral sequence, the breaks with their unit, the reference, the source and "not judged".
    await select.selectOption(FIGURE);
    const legend = page.locator('.choropleth-legend');
    await legend.getByText(`Kleur: ${figure.indicator.label}`).waitFor();
    expect(new URL(page.url()).searchParams.get('kleur')).toBe(FIGURE);
    // Beside the map, under the choice of colour: the legend covers none of the city.
    expect(await page.locator('#side-panel .choropleth-legend').count()).toBe(1);
    const legendBox = (await legend.boundingBox())!;
    const mapBox = (await page.locator('.map-region').boundingBox())!;
    expect(legendBox.x + legendBox.width).toBeLessThanOrEqual(mapBox.x);
    const legendText = await legend.innerText();
    for (const value of figure.breaks!) expect(legendText).toContain(`${formatNumber(value, 'nl')} personen`);
    expect(legendText).toContain(
      figure.referenceIs === 'mean-of-wijken'
        ? `Gemiddelde van de wijken (index 100): ${formatNumber(figure.reference!, 'nl')}`
        : `Cijfer van de gemeente (index 100): ${formatNumber(figure.reference!, 'nl')}`,
    );
    expect(legendText).toContain('Samenstelling, geen oordeel');
    expect(legendText).toContain(`Bron: ${summaryOf(FIGURE).source}`);
    expect(legendText).toContain('ver boven gemiddeld');

    await expect.poll(async () => (await fills(page)).length).toBe(figure.wijken.length);
    const figureFills = await fills(page);
    const filled = figureFills.filter(({ tone }) => tone !== 'none');
    expect(filled.length).toBeGreaterThan(40);
    for (const { code, tone, fill } of figureFills) {
      const wijk = figure.wijken.find((candidate) => candidate.code === code)!;
      expect(tone, wijk.name).toBe(wijk.value === null ? 'none' : `sequential-${wijk.class}`);
      expect(fill, `${wijk.name} (${tone})`).toBe(FILLS[tone]);
    }

    // The list beside the map: every wijk with its value, index and class.
    await page.getByText(`Tabel van de ${figure.wijken.length} wijken`).click();
    const table = page.getByRole('table', { name: `${figure.indicator.label} per wijk` });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(59);
    // A wijk whose displayed value will change with the indicator.
    const wijk = figure.wijken.find((candidate) => {
      const other = judged.wijken.find((one) => one.code === candidate.code);
      return (
        candidate.value !== null &&
        candidate.index !== null &&
        other?.value !== null &&
        other?.index !== null &&
        Math.round(other!.index!) !== Math.round(candidate.index)
      );
    })!;
    expect(wijk, 'a wijk with both figures and different indices').toBeDefined();
    const row = table.locator(`tbody tr[data-code="${wijk.code}"]`);
    const figureCells = await row.locator('td').allInnerTexts();
    expect(figureCells[0]).toBe(`${formatNumber(wijk.value!, 'nl')} personen`);
    expect(figureCells[1]).toBe(String(Math.round(wijk.index!)));

    // Pointing at the map, zoomed out as it opens, names a wijk and its figure; a click chooses that wijk, and the
    // colours stay.
    const point = await pointInWijk(page, wijk.code);
    await page.mouse.move(point.x, point.y);
    const tooltip = page.locator('.leaflet-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toBe(
      `Wijk ${wijk.name}${wijk.name}: ${formatNumber(wijk.value!, 'nl')} personen, index ${Math.round(wijk.index!)}`,
    );
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('wijk')).toBe(wijk.code);
    await expect.poll(() => page.locator('path.wijk-shape--selected').count()).toBe(1);
    // The map moves to the wijk: the pointer back over it (again, should the map still be moving). A tooltip just
    // closed fades out before it goes: the one open is the last.
    await expect
      .poll(async () => {
        const inWijk = await pointInWijk(page, wijk.code);
        await page.mouse.move(inWijk.x, inWijk.y);
        return tooltip.last().textContent();
      })
      .toContain(`${wijk.name}: ${formatNumber(wijk.value!, 'nl')} personen`);
    expect(new URL(page.url()).searchParams.get('kleur')).toBe(FIGURE);
    expect(await page.locator('path.choropleth-shape').count()).toBe(figure.wijken.length);

    // A judged asset: the kompas's colours, no "not judged" note, and the wijk's own figure in the table.
    await select.selectOption(judged.indicator.key);
    await legend.getByText(`Kleur: ${judged.indicator.label}`).waitFor();
    expect(new URL(page.url()).searchParams.get('kleur')).toBe(judged.indicator.key);
    expect(new URL(page.url()).searchParams.get('wijk')).toBe(wijk.code);
    const judgedLegend = await legend.innerText();
    expect(judgedLegend).not.toContain('Samenstelling, geen oordeel');
    expect(judgedLegend).toContain('veel beter dan gemiddeld');
    await expect
      .poll(async () => (await fills(page)).filter(({ tone }) => tone.startsWith('sequential-')).length)
      .toBe(0);
    // The tooltip over the chosen wijk now says the new figure.
    const judgedWijk = judged.wijken.find((candidate) => candidate.code === wijk.code)!;
    await expect
      .poll(async () => {
        const inWijk = await pointInWijk(page, wijk.code);
        await page.mouse.move(inWijk.x, inWijk.y);
        return tooltip.last().textContent();
      })
      .toContain(`${wijk.name}: ${formatNumber(judgedWijk.value!, 'nl')} per 1.000`);
    const judgedFills = await fills(page);
    for (const { code, tone, fill } of judgedFills) {
      const one = judged.wijken.find((candidate) => candidate.code === code)!;
      expect(tone, one.name).toBe(one.value === null || one.smallCount ? 'none' : one.assessment);
      expect(fill, `${one.name} (${tone})`).toBe(FILLS[tone]);
    }
    // Only the wijken with enough associations to compare are coloured.
    expect(judgedFills.filter(({ tone }) => tone !== 'none').length).toBe(WIJKEN_WITH_ASSOCIATIONS);
    const judgedTable = page.getByRole('table', { name: `${judged.indicator.label} per wijk` });
    await judgedTable.waitFor();
    const judgedCells = await judgedTable.locator(`tbody tr[data-code="${wijk.code}"] td`).allInnerTexts();
    expect(judgedCells[0]).toContain(formatNumber(judgedWijk.value!, 'nl'));
    expect(judgedCells[1]).toBe(String(Math.round(judgedWijk.index!)));
    expect(judgedCells).not.toEqual(figureCells);
    // A wijk with fewer associations than the kompas compares: their count, no index, not compared.
    const few = judged.wijken.find((one) => one.value !== null && one.smallCount)!;
    expect(await judgedTable.locator(`tbody tr[data-code="${few.code}"] td`).allInnerTexts()).toEqual([
      `${few.count} verenigingen`,
      '–',
      'te weinig om te vergelijken',
    ]);

    // The back button undoes the choice.
    await page.goBack();
    await legend.getByText(`Kleur: ${figure.indicator.label}`).waitFor();
    expect(await select.inputValue()).toBe(FIGURE);

    // No colour: the fills, the legend and the parameter are gone.
    await select.selectOption('');
    await page.locator('path.choropleth-shape').first().waitFor({ state: 'detached' });
    expect(await page.locator('path.choropleth-shape').count()).toBe(0);
    expect(await legend.count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('kleur')).toBe(false);
    await page.close();
  });

  it('opens coloured from a shared link in English on a 375 px screen, with the legend folded until asked', async () => {
    const page = await openPage(served.browser, { width: 375, height: 740 });
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    await page.addInitScript(() => window.localStorage.setItem('krachtkaart.language', 'en'));
    await page.goto(new URL(`/?kleur=${FIGURE}`, served.url).toString());
    const english = await getJson<IndicatorAcrossWijken>(`/api/indicators/${FIGURE}/wijken?lang=en`);
    const legend = page.locator('details.choropleth-legend');
    await legend.getByText(`Colour: ${english.indicator.label}`).waitFor();
    // The legend can come before the wijk boundaries have loaded; the fills follow them.
    await expect.poll(() => page.locator('path.choropleth-shape').count()).toBe(59);
    expect(await legend.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);

    await legend.getByText(`Colour: ${english.indicator.label}`).click();
    await legend.getByText('Composition, not judged').waitFor();
    const box = (await legend.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await page.getByLabel('Colour the wijken by…').inputValue()).toBe(FIGURE);
    await page.close();
  });
});
