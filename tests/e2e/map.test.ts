import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { BuurtCollection, BuurtProperties, WijkCollection } from '../../web/src/api/areas.ts';
import { describeInChromium, openHeaderMenu, openPage, serveAppToSuite, signUpInPage } from '../helpers/browser.ts';
import { uniqueEmail } from '../helpers/client.ts';

const PAGE_TIMEOUT_MS = 10_000;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Point {
  x: number;
  y: number;
}

/** A point inside a buurt's path, from the corner of the path's box. */
interface BuurtPoint {
  code: string;
  position: Point;
}

describeInChromium('the map page in Chromium', { timeout: 20_000 }, () => {
  let buurten: BuurtCollection;
  let wijken: WijkCollection;

  const served = serveAppToSuite();
  beforeAll(async () => {
    [buurten, wijken] = await Promise.all([
      getJson<BuurtCollection>('/api/areas/buurten'),
      getJson<WijkCollection>('/api/areas/wijken'),
    ]);
  }, 120_000);

  async function getJson<T>(path: string): Promise<T> {
    const response = await fetch(new URL(path, served.url));
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  }

  async function openMap(size?: { width: number; height: number }): Promise<Page> {
    const page = await openPage(served.browser, size);
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    await page.goto(served.url);
    await page
      .locator('path.buurt-shape')
      .nth(buurten.features.length - 1)
      .waitFor({ state: 'attached' });
    // The count above the map, once the features are in: the map has its final place (a longer line moves it down).
    await page.locator('.results-status__count').waitFor();
    return page;
  }

  /**
   * A point where the buurt's own path is the topmost element, so a pointer there reaches that buurt; with a wijk's
   * code, a buurt of that wijk.
   */
  async function pointInsideSomeBuurt(page: Page, wijkCode?: string): Promise<BuurtPoint> {
    const codes = buurten.features
      .filter((feature) => wijkCode === undefined || feature.properties.wijkCode === wijkCode)
      .map((feature) => feature.properties.code);
    const found = await page.evaluate(function findUncoveredPoint(codes) {
      // The largest buurten first: a point well inside one stays in it should the map still shift a few pixels.
      const paths = [...document.querySelectorAll('path.buurt-shape')]
        .filter((path) => codes.includes(path.getAttribute('data-code') ?? ''))
        .map((path) => ({ path, box: path.getBoundingClientRect() }))
        .sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height);
      for (const { path } of paths) {
        const box = path.getBoundingClientRect();
        for (let i = 1; i < 8; i++) {
          for (let j = 1; j < 8; j++) {
            const x = box.left + (box.width * i) / 8;
            const y = box.top + (box.height * j) / 8;
            // Inside it with room around: the points 6 px away are in it too.
            const around = [
              [0, 0],
              [6, 0],
              [-6, 0],
              [0, 6],
              [0, -6],
            ];
            if (around.every(([dx, dy]) => document.elementFromPoint(x + dx!, y + dy!) === path)) {
              const position = { x: x - box.left, y: y - box.top };
              return { position, code: path.getAttribute('data-code') ?? '' };
            }
          }
        }
      }
      return null;
    }, codes);
    expect(found, 'some buurt has a visible, uncovered point').not.toBeNull();
    return found!;
  }

  /**
   * The buurt's path, to point at or click at the point found in it: from the path's corner, so the same buurt is met
   * should the map still shift (Playwright waits for the path to stand still and to be what the pointer meets).
   */
  function buurtPath(page: Page, point: BuurtPoint) {
    return page.locator(`path.buurt-shape[data-code="${point.code}"]`);
  }

  /** Waits until the map has stopped moving: no zoom under way, and the same view twice in a row. */
  async function mapAtRest(page: Page): Promise<void> {
    let previous = '';
    await expect
      .poll(async () => {
        const view = await page.evaluate(function currentView() {
          if (document.querySelector('.leaflet-zoom-anim') !== null) return 'moving';
          const pane = document.querySelector<HTMLElement>('.leaflet-map-pane');
          const first = document.querySelector('path.buurt-shape');
          return `${pane?.style.transform} ${first?.getAttribute('d')}`;
        });
        const atRest = view !== 'moving' && view === previous;
        previous = view;
        return atRest;
      })
      .toBe(true);
  }

  /** How far the summary's right edge lies left of the outline's left edge (at least 0: beside it, not over it). */
  async function gapBesideOutline(page: Page, summaryName: string): Promise<number> {
    const outlineBox = (await page.locator('path.wijk-shape--selected').boundingBox())!;
    const summaryBox = (await page.getByRole('region', { name: summaryName, exact: true }).boundingBox())!;
    return outlineBox.x - (summaryBox.x + summaryBox.width);
  }

  function buurtWithCode(code: string): BuurtProperties {
    const buurt = buurten.features.find((feature) => feature.properties.code === code)?.properties;
    expect(buurt, `the API knows buurt ${code}`).toBeDefined();
    return buurt!;
  }

  function smallestBuurt(): BuurtProperties {
    const byArea = buurten.features.map((feature) => feature.properties).sort((a, b) => a.areaM2 - b.areaM2);
    return byArea[0]!;
  }

  async function pathWidth(page: Page, code: string): Promise<number> {
    const box = await page.locator(`path.buurt-shape[data-code="${code}"]`).boundingBox();
    return box?.width ?? 0;
  }

  it('shows every buurt from the API as a polygon on the map', async () => {
    const page = await openMap();
    expect(buurten.features).toHaveLength(251);
    expect(await page.locator('path.buurt-shape').count()).toBe(251);
    const codes = await page
      .locator('path.buurt-shape')
      .evaluateAll((paths) => paths.map((path) => path.getAttribute('data-code')));
    expect(new Set(codes)).toEqual(new Set(buurten.features.map((feature) => feature.properties.code)));
    await page.close();
  });

  it('opens on the municipality the data holds, and names it from the data in the header, title and map', async () => {
    const [municipality] = await getJson<{ name: string; extent: number[] }[]>('/api/areas/municipalities');
    expect(municipality?.name).toBe('Tilburg');
    const page = await openMap();
    await expect.poll(() => page.locator('.app-tagline').textContent()).toBe(`Buurten van ${municipality!.name}`);
    expect(await page.title()).toBe(`Krachtkaart – buurten van ${municipality!.name}`);
    // The demo has its areas: it opens as it always did, without the set-up banner of an instance yet to be set up.
    expect(await page.locator('.setup-banner').count()).toBe(0);
    await page.getByRole('region', { name: `Kaart van de buurten en wijken van ${municipality!.name}` }).waitFor();
    // The middle of the municipality's extent is the middle of the map.
    const [west, south, east, north] = municipality!.extent as [number, number, number, number];
    const centre = await page.evaluate(function mapCentre() {
      const box = document.querySelector('.area-map')!.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    const inside = await page.locator('path.buurt-shape').evaluateAll(
      (paths, point) =>
        paths.some((path) => {
          const box = path.getBoundingClientRect();
          return box.left <= point.x && point.x <= box.right && box.top <= point.y && point.y <= box.bottom;
        }),
      centre,
    );
    expect(inside, `a buurt lies under the middle of the map (extent ${west}, ${south}, ${east}, ${north})`).toBe(true);
    await page.close();
  });

  it('chooses a wijk in one click on the map as it opens (outlined, its summary beside it), and a buurt in one click in it', async () => {
    const page = await openMap();
    const point = await pointInsideSomeBuurt(page);
    const { wijkCode, wijkName } = buurtWithCode(point.code);

    // The whole city in view: pointing names the wijk, and all its buurten light up.
    await buurtPath(page, point).hover({ position: point.position });
    const tooltip = page.locator('.leaflet-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toBe(`Wijk ${wijkName}`);
    const buurtCount = buurten.features.filter((feature) => feature.properties.wijkCode === wijkCode).length;
    expect(await page.locator('path.buurt-shape--wijk-hover').count()).toBe(buurtCount);

    await buurtPath(page, point).click({ position: point.position });
    const summary = page.getByRole('region', { name: wijkName, exact: true });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Buurten');
    expect(new URL(page.url()).searchParams.get('wijk')).toBe(wijkCode);
    await expect.poll(() => page.locator('path.wijk-shape--selected').count()).toBe(1);
    expect(await page.locator('path.buurt-shape--selected').count()).toBe(0);
    // The list shows the same choice.
    const show = page.getByRole('button', { name: `Wijk tonen: ${wijkName}` });
    expect(await show.getAttribute('aria-current')).toBe('true');
    await mapAtRest(page);
    expect(await gapBesideOutline(page, wijkName)).toBeGreaterThanOrEqual(0);

    // In the chosen wijk, pointing names a buurt and a click chooses it.
    const inner = await pointInsideSomeBuurt(page, wijkCode);
    const buurt = buurtWithCode(inner.code);
    await buurtPath(page, inner).hover({ position: inner.position });
    // The wijk's tooltip fades out before it goes: the one open is the last.
    await expect.poll(() => tooltip.last().textContent()).toBe(buurt.name);
    await buurtPath(page, inner).click({ position: inner.position });
    const info = page.getByRole('region', { name: buurt.name, exact: true });
    await info.waitFor();
    expect(await info.textContent()).toContain(buurt.wijkName);
    expect(await page.locator(`path.buurt-shape--selected`).getAttribute('data-code')).toBe(buurt.code);
    await page.close();
  });

  it('lists the buurten grouped by wijk, and choosing one selects it and zooms the map to it', async () => {
    const page = await openMap();
    const panel = page.getByRole('region', { name: 'Buurten' });
    expect(await panel.getByRole('heading', { level: 3 }).count()).toBe(wijken.features.length);

    // The smallest buurt, so that fitting the map to it surely zooms in.
    const buurt = smallestBuurt();
    const wijkToggle = panel.getByRole('button', { name: new RegExp(`^${escapeRegExp(buurt.wijkName)} \\d+ buurt`) });
    expect(await wijkToggle.getAttribute('aria-expanded')).toBe('false');
    await wijkToggle.click();
    expect(await wijkToggle.getAttribute('aria-expanded')).toBe('true');

    const widthBefore = await pathWidth(page, buurt.code);
    expect(widthBefore, 'the buurt is drawn in the first view').toBeGreaterThan(0);
    const buurtList = page.locator(`#${await wijkToggle.getAttribute('aria-controls')}`);
    const buurtButton = buurtList.getByRole('button', { name: buurt.name, exact: true });
    await buurtButton.click();

    await page.getByRole('region', { name: buurt.name }).waitFor();
    expect(await buurtButton.getAttribute('aria-current')).toBe('true');
    expect(await page.locator('path.buurt-shape--selected').getAttribute('data-code')).toBe(buurt.code);
    await expect.poll(() => pathWidth(page, buurt.code), { timeout: 5_000 }).toBeGreaterThan(widthBefore * 2);
    await page.close();
  });

  it('shows a whole wijk in one click from the list or from a buurt’s summary: outlined, its summary beside it', async () => {
    const page = await openMap();
    const panel = page.getByRole('region', { name: 'Buurten' });
    // The wijk with the most buurten, so its outline differs from any one buurt's.
    const wijk = [...wijken.features]
      .map((feature) => feature.properties)
      .sort((a, b) => b.buurtCount - a.buurtCount)[0]!;
    expect(await page.locator('path.wijk-shape--selected').count()).toBe(0);

    const show = panel.getByRole('button', { name: `Wijk tonen: ${wijk.name}` });
    await show.click();
    const summary = page.getByRole('region', { name: wijk.name, exact: true });
    await summary.waitFor();
    expect(new URL(page.url()).searchParams.get('wijk')).toBe(wijk.code);
    expect(await show.getAttribute('aria-current')).toBe('true');
    const outline = page.locator('path.wijk-shape--selected');
    await expect.poll(() => outline.count()).toBe(1);
    // The map fits the wijk into the part the summary leaves free: the summary is beside the outline, not over it.
    await expect.poll(() => gapBesideOutline(page, wijk.name)).toBeGreaterThanOrEqual(0);

    // From one of its buurten, chosen in the list, the summary leads back to the whole wijk in one click.
    const buurt = buurten.features.find((feature) => feature.properties.wijkCode === wijk.code)!.properties;
    await panel.getByRole('button', { name: buurt.name, exact: true }).click();
    const buurtSummary = page.getByRole('region', { name: buurt.name, exact: true });
    await buurtSummary.waitFor();
    await expect.poll(() => outline.count()).toBe(0);
    await buurtSummary.getByRole('button', { name: `Toon de hele wijk ${wijk.name}` }).click();
    await summary.waitFor();
    await expect.poll(() => outline.count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('buurt')).toBeNull();
    await page.close();
  });

  it('welcomes a visitor above the map: what it is for, that the demo is invented, two ways in, gone once dismissed', async () => {
    const page = await openPage(served.browser, { width: 320, height: 640 });
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    // The test database has no demo population: the instance says it is the demo, as the demo's would.
    await page.route('**/api/instance', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...((await response.json()) as object), demo: true } });
    });
    await page.goto(served.url);
    const welcome = page.getByRole('region', { name: 'Welkom bij Krachtkaart' });
    await welcome
      .getByText(
        'Hier zetten bewoners en organisaties op de kaart wat ze kunnen en wat hun buurt heeft, zodat buren elkaar vinden.',
      )
      .waitFor();
    await welcome.getByText('Dit is een demo: alle mensen, organisaties en plekken zijn verzonnen.').waitFor();
    // What the count counts, in words.
    await page
      .getByText(/^\d+ in beeld: organisaties, plekken, aanbod en vragen, spullen, verhalen en groepjes bewoners$/)
      .waitFor();
    // Above the map, not over it, and leaving it room even this narrow.
    const welcomeBox = (await welcome.boundingBox())!;
    const mapBox = (await page.locator('.map-region').boundingBox())!;
    expect(welcomeBox.y + welcomeBox.height).toBeLessThanOrEqual(mapBox.y);
    expect(mapBox.height).toBeGreaterThan(150);

    // Exploring opens the panel (a sheet here) at the buurt search.
    await welcome.getByRole('button', { name: 'Verken je buurt' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('buurt-filter');
    await page.getByRole('button', { name: 'Filters', exact: true }).click();

    // Taking part starts with an account, and goes on to the talents.
    const join = welcome.getByRole('link', { name: 'Zet je talenten op de kaart' });
    await join.click();
    await page.getByRole('heading', { name: 'Aanmelden', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/aanmelden?terug=%2Fbijdragen%2Ftalenten');
    await page.goBack();

    await welcome.getByRole('button', { name: 'Niet meer tonen' }).click();
    await welcome.waitFor({ state: 'detached' });
    // Wide enough for the header to show its links: the session is known once it offers to log in.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();
    await page.getByRole('link', { name: 'Inloggen' }).waitFor({ state: 'attached' });
    expect(await welcome.count()).toBe(0);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.close();
  });

  it('does not welcome someone who is logged in', async () => {
    const page = await openPage(served.browser);
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    const account = {
      email: uniqueEmail('welkom'),
      displayName: 'Fenna',
      password: 'een-lang-wachtwoord',
      language: 'nl',
    } as const;
    await signUpInPage(page, served.url, account);
    await page.goto(served.url);
    // In the header's menu, closed: there, not shown.
    await page
      .getByRole('link', { name: `Mijn profiel: ${account.displayName}`, includeHidden: true })
      .waitFor({ state: 'attached' });
    expect(await page.getByRole('region', { name: 'Welkom bij Krachtkaart' }).count()).toBe(0);
    await page.close();
  });

  it('switches the interface and <html lang> to English, and remembers the choice', async () => {
    const page = await openMap();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByRole('button', { name: 'English' }).click();

    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('heading', { name: 'Neighbourhoods', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'About the data', includeHidden: true }).waitFor({ state: 'attached' });
    await page
      .getByRole('region', { name: 'Welcome to Krachtkaart' })
      .getByText('Put your talents on the map')
      .waitFor();
    await page
      .getByText(
        /^\d+ in view: organisations, places, offers and wishes, things to lend, stories, and groups of residents$/,
      )
      .waitFor();

    await page.reload();
    await page.getByRole('button', { name: 'Nederlands' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });

  it('chooses a wijk in one tap on a 375 px wide screen, its summary below it; opens the filters and buurten from their toggle, and closes them when a buurt is chosen', async () => {
    const page = await openMap({ width: 375, height: 720 });
    await mapAtRest(page);
    const point = await pointInsideSomeBuurt(page);
    const { wijkName } = buurtWithCode(point.code);
    await buurtPath(page, point).click({ position: point.position });
    const summary = page.getByRole('region', { name: wijkName, exact: true });
    await summary.waitFor();
    await expect.poll(() => page.locator('path.wijk-shape--selected').count()).toBe(1);
    await mapAtRest(page);
    const outlineBox = (await page.locator('path.wijk-shape--selected').boundingBox())!;
    expect(outlineBox.y + outlineBox.height).toBeLessThanOrEqual((await summary.boundingBox())!.y);

    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    const panelHeading = page.getByRole('heading', { name: 'Buurten', level: 2 });
    expect(await panelHeading.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    await toggle.click();
    await panelHeading.waitFor({ state: 'visible' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');

    const buurt = buurten.features[0]!.properties;
    await page.getByLabel('Zoek een buurt of wijk').fill(buurt.name);
    await page.getByRole('button', { name: buurt.name, exact: true }).first().click();
    await panelHeading.waitFor({ state: 'hidden' });
    await page.getByRole('region', { name: buurt.name }).waitFor();
    await page.close();
  });

  it('credits OpenStreetMap, CBS/Kadaster and Gemeente Tilburg in the attribution', async () => {
    const page = await openMap();
    const attribution = page.locator('.leaflet-control-attribution');
    const text = await attribution.textContent();
    expect(text).toContain('© OpenStreetMap contributors');
    expect(text).toContain('CBS/Kadaster');
    expect(text).toContain('Gemeente Tilburg');

    await (await openHeaderMenu(page)).getByRole('button', { name: 'Over de data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Over de data' });
    expect(await dialog.textContent()).toMatch(/Gemeente Tilburg.*CBS\/Kadaster.*CC BY 4\.0.*OpenStreetMap/s);
    await page.close();
  });

  it('offers a retry when the buurten cannot be loaded', async () => {
    const page = await openPage(served.browser);
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    let failuresLeft = 1;
    await page.route('**/api/areas/buurten', (route) => {
      if (failuresLeft-- > 0) return route.fulfill({ status: 503, body: '{}' });
      return route.fallback();
    });
    await page.goto(served.url);

    await page.getByRole('alert').waitFor();
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.locator('path.buurt-shape').first().waitFor({ state: 'attached' });
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });
});
