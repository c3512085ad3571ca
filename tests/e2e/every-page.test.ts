import axe from 'axe-core';
import nl from '../../web/src/i18n/nl.json';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { grantConnectorArea, signUpAdmin } from '../helpers/admin.ts';
import { addItem, cellCentreIn, settle } from '../helpers/assets.ts';
import { neighbourWhoWantsToLearn } from '../helpers/bicycle-repairer.ts';
import { closeChecked, describeInChromium, logInInPage, openCheckedPage, serveAppToSuite } from '../helpers/browser.ts';
import type { TestAccount } from '../helpers/client.ts';
import { embeddedRun } from '../helpers/db.ts';

const PAGE_TIMEOUT_MS = 10_000;
const LOAD_TIMEOUT_MS = 20_000;
const WIDTHS = [320, 375, 768, 1024, 1280, 1920] as const;
/** axe runs at two widths only: a phone and a laptop show every part of the layout that differs. */
const AXE_WIDTHS: readonly number[] = [375, 1280];
const HEIGHT = 800;

// A wijk no other test uses: the administrator is its buurtverbinder and has started its buurtagenda.
const WIJK = 'WK085544';

/** What a page says while it loads: every Dutch text of the app under a key named "loading" or "…Loading". */
const LOADING_TEXTS: readonly string[] = (function loadingTexts(texts: unknown, key = ''): string[] {
  if (typeof texts === 'string') return /(^l|L)oading$/.test(key) && texts.endsWith('…') ? [texts] : [];
  if (typeof texts !== 'object' || texts === null) return [];
  return Object.entries(texts).flatMap(([childKey, value]) => loadingTexts(value, childKey));
})(nl);

/** A page of the app to visit. */
interface Route {
  path: string;
  /** The widths to run axe at, when not both of AXE_WIDTHS (the map's views share most of their parts). */
  axeAt?: readonly number[];
}

/**
 * What in the page sticks out past the right edge of the screen, or of the box that clips it: every element whose box
 * ends past it (the outermost one only), unless it lies in a region that scrolls sideways on purpose (a named,
 * focusable region, such as a wide table's). Also a header that wraps to a second row, and a select whose chosen
 * value is cut off. Runs in the page.
 */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  const width = root.clientWidth;
  if (root.scrollWidth > width) problems.push(`the page scrolls sideways (${root.scrollWidth} px wide)`);

  function describe(element: Element): string {
    const id = element.id === '' ? '' : `#${element.id}`;
    const classes = [...element.classList].map((name) => `.${name}`).join('');
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${element.tagName.toLowerCase()}${id}${classes}> "${text}"`;
  }

  /** The right edge that clips the element, and whether the box doing so is a region that scrolls on purpose. */
  function clipOf(element: Element): { right: number; scrollsOnPurpose: boolean } {
    for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
      if (parent === document.body || parent === root) break;
      const style = getComputedStyle(parent);
      if (style.position === 'fixed') break;
      if (style.overflowX === 'visible') continue;
      const box = parent.getBoundingClientRect();
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      // On purpose: a named region the keyboard can scroll, with a cue (the shadow at its edge) that there is more.
      // From a laptop's width on, tables fit without scrolling.
      const named = parent.getAttribute('role') === 'region' && parent.getAttribute('tabindex') === '0';
      const cue = style.backgroundImage.includes('gradient');
      return {
        right: Math.min(width, box.left + parent.clientLeft + parent.clientWidth),
        scrollsOnPurpose: scrolls && named && cue && window.innerWidth < 1280,
      };
    }
    return { right: width, scrollsOnPurpose: false };
  }

  const reported: Element[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    // The map's tiles and markers reach past its edges by design; hidden and visually hidden parts show nothing.
    const hiddenPart =
      '.leaflet-container, .visually-hidden, [hidden], dialog:not([open]), details:not([open]) > :not(summary), svg *';
    if (element.closest(hiddenPart) !== null) continue;
    if (reported.some((outer) => outer.contains(element))) continue;
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    if (getComputedStyle(element).visibility === 'hidden') continue;
    const clip = clipOf(element);
    if (box.right > clip.right + 1 && !clip.scrollsOnPurpose) {
      problems.push(`${describe(element)} ends at ${Math.round(box.right)} px, past ${Math.round(clip.right)} px`);
      reported.push(element);
    }
  }

  // The header is one row: every button and link in view in it shares one line (a banner under it, and what drops
  // down from it, aside).
  const header = document.querySelector('header');
  if (header === null) problems.push('no header');
  else {
    const dropsDown = (element: Element): boolean => {
      for (let part: Element | null = element; part !== null && part !== header; part = part.parentElement) {
        if (getComputedStyle(part).position === 'absolute') return true;
      }
      return false;
    };
    const boxes = [...header.querySelectorAll('a, button')]
      .filter((element) => element.closest('.setup-banner') === null && !dropsDown(element))
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 1 && box.height > 1);
    const lowestTop = Math.max(...boxes.map((box) => box.top));
    const highestBottom = Math.min(...boxes.map((box) => box.bottom));
    if (lowestTop >= highestBottom) {
      problems.push(`the header wraps (${Math.round(header.getBoundingClientRect().height)} px high)`);
    }
  }

  // A select is as wide as its chosen value, its padding and its arrow.
  const canvas = document.createElement('canvas').getContext('2d')!;
  for (const select of document.querySelectorAll('select')) {
    const box = select.getBoundingClientRect();
    if (box.width <= 1 || select.closest('[hidden], dialog:not([open])') !== null) continue;
    const style = getComputedStyle(select);
    canvas.font = style.font;
    const text = select.selectedOptions[0]?.text ?? '';
    const needed = canvas.measureText(text).width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 20;
    if (needed > select.clientWidth + 1) {
      problems.push(`${describe(select)} cuts its value "${text}" (${Math.round(needed)} px in ${select.clientWidth})`);
    }
  }
  return problems;
}

/** The serious and critical accessibility violations axe finds on the page, each with the elements concerned. */
async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
  });
}

// Layout and accessibility do not depend on the database: CI runs the browser tests against both, and this walk
// (long, and the same on both) runs with the embedded one only, when DATABASE_URL is not set.
const describeWalk = embeddedRun ? describeInChromium : describe.skip;

describeWalk(
  'every page at every width, in Chromium: nothing sticks out, nothing axe calls serious',
  // Each walk takes 30 to 45 s on an idle machine; room for a busy one.
  { timeout: 180_000 },
  () => {
    const served = serveAppToSuite();
    const { at } = served;
    let buurt: string;
    let admin: TestAccount;
    let introductionId: string;
    let agendaId: string;

    beforeAll(async () => {
      buurt = (
        await served.app.pg.query<{ code: string }>('SELECT min(code) AS code FROM buurten WHERE wijk_code = $1', [
          WIJK,
        ])
      ).rows[0]!.code;
      // An administrator who is a buurtverbinder too: the header with the most links.
      admin = await signUpAdmin(served.app);
      await grantConnectorArea(admin, admin, WIJK);
      await served.app.pg.query('DELETE FROM agendas WHERE wijk_code = $1', [WIJK]);
      const agenda = await admin.client.post('/api/agendas', {
        areaType: 'wijk',
        areaCode: WIJK,
        year: new Date().getFullYear(),
      });
      expect(agenda.statusCode, agenda.body).toBe(201);
      agendaId = agenda.json().id;

      // A neighbour who wants to learn something, tells a story on the map and is asked for an introduction.
      const home = await cellCentreIn(served.app, buurt);
      const neighbour = await neighbourWhoWantsToLearn(served.app, 'Wies', home);
      await settle(served.app, neighbour, admin);
      const tag = (await served.app.pg.query<{ key: string }>('SELECT key FROM tags ORDER BY key LIMIT 1')).rows[0]!
        .key;
      await addItem(neighbour, {
        type: 'story',
        kind: 'history',
        title: 'De oude smidse',
        description: 'Hier besloeg de smid de paarden van de buurt.',
        tags: [tag],
        buurtCode: buurt,
      });
      const introduction = await admin.client.post('/api/introductions', {
        to: { kind: 'resident', id: neighbour.id },
        note: 'Zullen we kennismaken?',
      });
      expect(introduction.statusCode, introduction.body).toBe(201);
      introductionId = introduction.json().id;
    }, 60_000);

    /**
     * Visits each route at every width, as a visitor following links does: the first loads the app, the others are
     * opened inside it (the history API, as the app's links use it), so axe loads once. Answers what sticks out or
     * fails axe, by route and width.
     */
    async function walk(page: Page, routes: readonly Route[]): Promise<string[]> {
      const problems: string[] = [];
      for (const [index, route] of routes.entries()) {
        await page.setViewportSize({ width: 1280, height: HEIGHT });
        if (index === 0) await page.goto(at(route.path));
        else {
          await page.evaluate((path) => {
            window.history.pushState({}, '', path);
            window.dispatchEvent(new PopStateEvent('popstate'));
          }, route.path);
        }
        await page.locator('h1').first().waitFor();
        // Whatever is still loading says so ("Laden…"); the page is complete when nothing does.
        await page
          .waitForFunction(
            (loading) =>
              ![...document.body.querySelectorAll('*')].some((element) =>
                loading.includes(element.textContent!.trim()),
              ),
            LOADING_TEXTS,
            { timeout: LOAD_TIMEOUT_MS },
          )
          .catch((error: unknown) => {
            throw new Error(`${route.path} is still loading after ${LOAD_TIMEOUT_MS} ms`, { cause: error });
          });
        // The first Tab on any page offers a way past the header.
        const firstFocusable = await page.evaluate(() => {
          const first = document.querySelector(
            'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])',
          );
          return first?.classList.contains('skip-link') === true ? null : (first?.outerHTML.slice(0, 80) ?? 'nothing');
        });
        if (firstFocusable !== null)
          problems.push(`${route.path}: the first to focus is no skip link: ${firstFocusable}`);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: HEIGHT });
          const found = await page.evaluate(layoutProblems);
          if ((route.axeAt ?? AXE_WIDTHS).includes(width)) found.push(...(await axeProblems(page)));
          problems.push(...found.map((problem) => `${route.path} at ${width} px: ${problem}`));
        }
      }
      return problems;
    }

    it('the pages anyone can open', async () => {
      const page = await openCheckedPage(served.browser, { timeoutMs: PAGE_TIMEOUT_MS });
      const problems = await walk(page, [
        { path: '/' },
        { path: '/?view=list', axeAt: [375] },
        { path: `/?buurt=${buurt}`, axeAt: [1280] },
        { path: `/?wijk=${WIJK}`, axeAt: [375] },
        { path: `/buurt/${buurt}` },
        { path: `/wijk/${WIJK}` },
        { path: '/buurtagendas' },
        { path: '/aanmelden' },
        { path: '/inloggen' },
        { path: '/wachtwoord-vergeten' },
        { path: '/wachtwoord-herstellen?token=onbekend' },
        { path: '/bevestigen?token=onbekend' },
        { path: '/uitnodiging?token=onbekend' },
        { path: '/inrichten' },
        { path: '/bestaat-niet' },
      ]);
      expect(problems).toEqual([]);

      // From the list toggle, past the filters: Tab, Enter and Tab reach the first result.
      await page.setViewportSize({ width: 1280, height: HEIGHT });
      await page.goto(at('/'));
      await page.getByRole('button', { name: 'Lijst' }).click();
      const firstResult = page.getByRole('table', { name: 'Wat de kaart nu laat zien' }).getByRole('button').first();
      await firstResult.waitFor();
      const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('Direct naar de resultaten');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await firstResult.evaluate((element) => element === document.activeElement)).toBe(true);
      await closeChecked(page);
    });

    it('the pages of an administrator who is a buurtverbinder too', async () => {
      const page = await openCheckedPage(served.browser, { timeoutMs: PAGE_TIMEOUT_MS });
      await logInInPage(page, served.url, admin.email, admin.password);
      const problems = await walk(page, [
        { path: '/?view=list' },
        { path: '/welkom' },
        { path: '/profiel' },
        { path: '/mijn-gegevens' },
        { path: '/voor-jou' },
        { path: '/kennismakingen' },
        { path: `/kennismakingen/${introductionId}` },
        { path: '/bijdragen' },
        { path: '/bijdragen/talenten' },
        { path: '/bijdragen/organisatie' },
        { path: '/bijdragen/plek' },
        { path: '/bijdragen/spullen' },
        { path: '/bijdragen/verhaal' },
        { path: '/verbinder' },
        { path: `/verbinder/${WIJK}` },
        { path: '/moderatie' },
        { path: `/wijk/${WIJK}` },
        { path: `/agenda/${agendaId}` },
        { path: '/beheer' },
        { path: '/beheer/accounts' },
        { path: '/beheer/taxonomie' },
        { path: '/beheer/outbox' },
        { path: '/beheer/gebieden' },
        { path: '/beheer/meldingen' },
        { path: '/beheer/instellingen' },
      ]);

      // The menu with every link: Enter opens it, on screen at both ends of the range; Escape closes it from inside
      // and the keyboard is back on "Menu".
      const toggle = page.getByRole('button', { name: 'Menu' });
      for (const width of [320, 1920]) {
        await page.setViewportSize({ width, height: HEIGHT });
        await toggle.focus();
        await page.keyboard.press('Enter');
        expect(await toggle.getAttribute('aria-expanded')).toBe('true');
        await page.getByRole('link', { name: 'Meldingen', exact: true }).waitFor();
        problems.push(...(await page.evaluate(layoutProblems)).map((problem) => `menu at ${width} px: ${problem}`));
        await page.keyboard.press('Tab');
        await page.keyboard.press('Escape');
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);
      }
      expect(problems).toEqual([]);
      await closeChecked(page);
    });
  },
);
