import { beforeAll, expect, it } from 'vitest';
import type { Kompas } from '../../web/src/api/kompas.ts';
import { closeChecked, describeInChromium, serveAppToSuite } from '../helpers/browser.ts';

// A wijk of Tilburg with CBS key figures; the expectations come from its kompas as the API gives it.
const WIJK = 'WK085561';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describeInChromium("a wijk's profile (the kompas) in Chromium", { timeout: 30_000 }, () => {
  let kompas: Kompas;

  const served = serveAppToSuite();
  beforeAll(async () => {
    const response = await fetch(new URL(`/api/areas/wijken/${WIJK}/kompas?lang=nl`, served.url));
    expect(response.status).toBe(200);
    kompas = (await response.json()) as Kompas;
  }, 120_000);

  const { at } = served;
  const indicators = () =>
    kompas.quarters.flatMap((quarter) =>
      quarter.themes.flatMap((theme) => theme.indicators.map((indicator) => ({ quarter, theme, indicator }))),
    );

  it('opens from the wijk on the map, shows the chart and the table with a CBS figure and its source, and drills down by keyboard', async () => {
    const page = await served.newPage();
    await page.goto(at(`/?wijk=${WIJK}`));
    await page.getByRole('link', { name: 'Profiel van de wijk' }).click();
    await page.getByRole('heading', { name: `Profiel van ${kompas.wijk.name}`, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/wijk/${WIJK}`);

    // The chart: the quarters to open, each named with its index and judgement, and a legend.
    const chart = page.getByRole('group', { name: `Wijkkompas van ${kompas.wijk.name}: alle kwartieren` });
    await chart.waitFor();
    const quarterButtons = chart.getByRole('button', { name: /Toon de indicatoren$/ });
    // Quarters and their themes can both be opened.
    const themeCount = kompas.quarters.reduce((sum, quarter) => sum + quarter.themes.length, 0);
    expect(await quarterButtons.count()).toBe(kompas.quarters.length + themeCount);
    const composition = kompas.quarters.find((quarter) => quarter.key === 'composition')!;
    expect(
      await chart
        .getByRole('button', { name: `${composition.label}: geen index, niet beoordeeld. Toon de indicatoren` })
        .count(),
    ).toBe(1);
    const legend = await page.locator('.kompas-legend').innerText();
    for (const words of ['veel beter dan gemiddeld', 'slechter dan gemiddeld', 'niet beoordeeld of geen gegevens'])
      expect(legend).toContain(words);

    // The table: a CBS figure with its value, Tilburg's reference, and its source and year.
    const table = page.getByRole('table', {
      name: `${kompas.wijk.name} naast ${kompas.municipality.name}: alle kwartieren`,
    });
    const cbs = indicators().find(
      ({ indicator }) => indicator.family === 'figures' && indicator.value !== null,
    )!.indicator;
    const row = table.getByRole('row', { name: new RegExp(`^${escapeRegExp(cbs.label)}`) });
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells).toHaveLength(5);
    expect(cells[4]).toBe(
      cbs.source.title.includes(cbs.source.publisher)
        ? `${cbs.source.title} (${cbs.source.year})`
        : `${cbs.source.title}, ${cbs.source.publisher} (${cbs.source.year})`,
    );
    expect(cells[4]).toMatch(/CBS|kerncijfers/i);
    expect(cells[0]).toMatch(/\d/);
    expect(cells[1]).toMatch(cbs.referenceIs === 'municipality' ? /cijfer van Tilburg/ : /gemiddelde van de wijken/);
    // The true index; beyond 40–160 with a note that the chart reads it as "> 160" or "< 40".
    const beyond =
      cbs.index! > 160 ? 'boven 160: in de grafiek „> 160”' : cbs.index! < 40 ? 'onder 40: in de grafiek „< 40”' : '';
    expect(cells[2]).toBe(`${Math.round(cbs.index!)}${beyond}`);
    // A figure the sources lack reads "geen gegevens", never a number.
    const missing = indicators().find(({ indicator }) => indicator.value === null);
    if (missing) {
      const missingCells = await table
        .getByRole('row', { name: new RegExp(`^${escapeRegExp(missing.indicator.label)}`) })
        .getByRole('cell')
        .allTextContents();
      expect(missingCells[0]).toBe('geen gegevens');
    }
    expect(await table.getByRole('row').count()).toBe(1 + indicators().length + themeCount);

    // Into a quarter with the keyboard: focus its segment, Enter; the chart and the table show that quarter only.
    const social = kompas.quarters.find((quarter) => quarter.key === 'social')!;
    const socialButton = chart.getByRole('button', { name: new RegExp(`^${escapeRegExp(social.label)}: `) });
    await socialButton.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Kwartier ${social.label}`, level: 2 }).waitFor();
    const back = page.getByRole('button', { name: 'Terug naar alle kwartieren' });
    expect(await back.evaluate((element) => element === document.activeElement)).toBe(true);
    const quarterTable = page.getByRole('table', {
      name: `${kompas.wijk.name} naast ${kompas.municipality.name}: kwartier ${social.label}`,
    });
    const socialIndicators = social.themes.flatMap((theme) => theme.indicators);
    expect(await quarterTable.getByRole('row').count()).toBe(1 + socialIndicators.length + social.themes.length);
    expect(await quarterTable.getByRole('row', { name: new RegExp(`^${escapeRegExp(cbs.label)}`) }).count()).toBe(0);
    const quarterChart = page.getByRole('group', {
      name: `Wijkkompas van ${kompas.wijk.name}: kwartier ${social.label}`,
    });
    expect(await quarterChart.getByRole('img').count()).toBe(socialIndicators.length);

    // An indicator of the map resting on fewer than 5 things reads as its count, with no index or judgement.
    const small = socialIndicators.filter((indicator) => indicator.smallCount && indicator.value !== null);
    expect(small.length).toBeGreaterThan(0);
    for (const indicator of small) {
      const smallCells = await quarterTable
        .getByRole('row', { name: new RegExp(`^${escapeRegExp(indicator.label)}`) })
        .getByRole('cell')
        .allTextContents();
      expect(smallCells[0]).toMatch(new RegExp(`^${indicator.count} \\p{L}`, 'u'));
      expect(smallCells[2]).toBe('–');
      expect(smallCells[3]).toBe('te weinig om te vergelijken');
      await quarterChart
        .getByRole('img', { name: `${indicator.label}: ${smallCells[0]}, te weinig voor een index` })
        .waitFor();
    }

    // On paper the drilled-down page still gives the whole kompas: the table of every quarter.
    await page.emulateMedia({ media: 'print' });
    const printed = page.getByRole('table', {
      name: `${kompas.wijk.name} naast ${kompas.municipality.name}: alle kwartieren`,
    });
    expect(await printed.getByRole('row').count()).toBe(1 + indicators().length + themeCount);
    expect(await quarterTable.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await printed.isVisible()).toBe(false);
    // Hidden on paper, "Terug" lost the focus there.
    await back.focus();

    // And back: Enter on "Terug" shows every quarter again, with focus on the quarter it came from.
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Alle kwartieren', level: 2 }).waitFor();
    expect(
      await chart
        .getByRole('button', { name: new RegExp(`^${escapeRegExp(social.label)}: `) })
        .evaluate((element) => element === document.activeElement),
    ).toBe(true);
    expect(await table.getByRole('row').count()).toBe(1 + indicators().length + themeCount);
    await closeChecked(page);
  });

  it('bounds the index in the chart to 40–160 and says why; the table keeps the true index', async () => {
    // The wijk with the highest population density against Tilburg's.
    const density = (await (await fetch(new URL('/api/indicators/density/wijken?lang=nl', served.url))).json()) as {
      wijken: { code: string; index: number | null }[];
    };
    const top = density.wijken.reduce((best, wijk) => ((wijk.index ?? 0) > (best.index ?? 0) ? wijk : best));
    expect(top.index).toBeGreaterThan(160);
    const page = await served.newPage();
    await page.goto(at(`/wijk/${top.code}`));
    await page
      .getByText(/^Index 100 is het gemiddelde van Tilburg; 150 is anderhalf keer zo veel.*van 40 tot 160/)
      .waitFor();
    const cells = await page
      .getByRole('table')
      .getByRole('row', { name: /^Bevolkingsdichtheid/ })
      .getByRole('cell')
      .allTextContents();
    expect(cells[2]).toBe(`${Math.round(top.index!)}boven 160: in de grafiek „> 160”`);
    // Down to the indicator: the chart says "> 160", never the true index.
    await page.getByRole('button', { name: /^Samenstelling: / }).click();
    await page.getByRole('button', { name: /^Woonomgeving: / }).click();
    await page.getByRole('img', { name: /^Bevolkingsdichtheid: index > 160, niet beoordeeld/ }).waitFor();
    const labels = await page
      .locator('.kompas-chart [aria-label]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
    for (const label of labels) {
      const index = /index (\d+)/.exec(label)?.[1];
      if (index !== undefined) expect(Number(index), label).toBeGreaterThanOrEqual(40);
      if (index !== undefined) expect(Number(index), label).toBeLessThanOrEqual(160);
    }
    await closeChecked(page);
  });

  it('reads in English', async () => {
    const page = await served.newPage();
    await page.goto(at(`/wijk/${WIJK}`));
    await page.getByRole('heading', { name: `Profiel van ${kompas.wijk.name}`, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: `Profile of ${kompas.wijk.name}`, level: 1 }).waitFor();
    await page.getByRole('group', { name: `Neighbourhood kompas of ${kompas.wijk.name}: all quarters` }).waitFor();
    await page.getByRole('columnheader', { name: 'Source' }).waitFor();
    await page.getByRole('button', { name: /^Composition: no index, not judged/ }).waitFor();
    await closeChecked(page);
  });

  it('fits a 375 px screen: the chart above the table, nothing wider than the screen', async () => {
    const page = await served.newPage({ width: 375, height: 740 });
    await page.goto(at(`/wijk/${WIJK}`));
    const chart = page.getByRole('group', { name: /^Wijkkompas van / });
    await chart.waitFor();
    const table = page.getByRole('table');
    await table.waitFor();
    const chartBox = (await chart.boundingBox())!;
    const tableBox = (await page.getByRole('region', { name: 'Tabel van het wijkkompas' }).boundingBox())!;
    expect(chartBox.width).toBeGreaterThan(250);
    expect(chartBox.x).toBeGreaterThanOrEqual(0);
    expect(chartBox.x + chartBox.width).toBeLessThanOrEqual(375);
    expect(tableBox.y).toBeGreaterThan(chartBox.y + chartBox.height);
    expect(tableBox.x + tableBox.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // The segments stay large enough to tap.
    const segment = (await chart.getByRole('button').first().boundingBox())!;
    expect(Math.max(segment.width, segment.height)).toBeGreaterThanOrEqual(44);
    await closeChecked(page);
  });
});
