import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { grantConnectorArea, signUpAdmin } from '../helpers/admin.ts';
import { addItem, cellCentreIn, offset, setHome, settle } from '../helpers/assets.ts';
import { closeChecked, csrfHeaders, describeInChromium, openHeaderMenu, serveAppToSuite } from '../helpers/browser.ts';
import { buurtNameOf } from '../helpers/buurten.ts';
import { signUpAndLogIn, type TestAccount } from '../helpers/client.ts';

// De Katsbogten (BU08556101): no other test works there. Lies wants to learn to cook; Anna and Bram can; Gijs, Hanna,
// Ivo, Jet and Kees share a passion for birds (eleven pairs, so more than one page), and Gijs asked Hanna himself;
// Conny is their buurtverbinder and has nothing of her own to offer.
const BUURT = 'BU08556101';

describeInChromium(
  "the connector's area, the map's suggestions and following a buurt in Chromium",
  { timeout: 30_000 },
  () => {
    let buurtName: string;
    let connector: TestAccount;
    let lies: TestAccount;
    let bram: TestAccount;
    const birders: TestAccount[] = [];
    const served = serveAppToSuite();

    /** A settled resident living at `at`, with one item of their inventory when given. */
    async function resident(
      name: string,
      at: { lng: number; lat: number },
      item?: { kind: string; title: string; tags: string[]; visibility: string },
    ): Promise<TestAccount> {
      const account = await signUpAndLogIn(served.app, { displayName: name });
      await settle(served.app, account);
      await setHome(account, at);
      if (item) await addItem(account, { type: 'inventory', ...item });
      return account;
    }

    beforeAll(async () => {
      const home = await cellCentreIn(served.app, BUURT);
      buurtName = await buurtNameOf(served.app, BUURT);

      const admin = await signUpAdmin(served.app);
      connector = await resident('Conny', offset(home, 0, -60));
      await grantConnectorArea(admin, connector, BUURT);

      lies = await resident('Lies', offset(home, -40, -40), {
        kind: 'learn',
        title: 'Leren koken',
        tags: ['cooking'],
        visibility: 'neighbours',
      });
      await resident('Anna', offset(home, 60, 20), {
        kind: 'skill',
        title: 'Anna kookt Surinaams',
        tags: ['cooking'],
        visibility: 'neighbours',
      });
      bram = await resident('Bram', offset(home, 20, 60), {
        kind: 'skill',
        title: 'Bram bakt brood',
        tags: ['cooking'],
        visibility: 'public',
      });
      for (const name of ['Gijs', 'Hanna', 'Ivo', 'Jet', 'Kees']) {
        const birder = await resident(name, offset(home, 30, -30), {
          kind: 'passion',
          title: 'Vogels kijken',
          tags: ['birds'],
          visibility: 'neighbours',
        });
        birders.push(birder);
      }
      const asked = await birders[0]!.client.post('/api/introductions', {
        to: { kind: 'resident', id: birders[1]!.id },
        note: 'Zullen we samen vogels kijken?',
      });
      expect(asked.statusCode, asked.body).toBe(201);
    }, 120_000);

    const { at } = served;

    /** The suggested pair of these two, on the connector's page. */
    function pairCard(page: Page, a: string, b: string) {
      return page
        .getByRole('list', { name: 'Voorgestelde kennismakingen, de beste eerst' })
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: new RegExp(`(${a} en ${b}|${b} en ${a})`) }) });
    }

    /** The page's section headings (h2), in order. */
    const sectionHeadings = (page: Page) =>
      page.evaluate(() => [...document.querySelectorAll('main h2')].map((heading) => heading.textContent));

    it('the connector sees what needs them first, with the downloads above it, and pages the pairs', async () => {
      const page = await served.newPage({ as: connector });
      await page.goto(at('/'));
      await (await openHeaderMenu(page)).getByRole('link', { name: 'Mijn buurt' }).click();
      await page.getByRole('heading', { name: 'Mijn buurt', level: 1 }).waitFor();
      await page.getByRole('link', { name: buurtName }).click();
      await page.getByRole('heading', { name: `Mijn buurt: ${buurtName}`, level: 1 }).waitFor();

      // What needs the connector comes first, the figures last; the downloads sit under the page's heading.
      const now = page.getByRole('region', { name: 'Wat nu op je wacht' });
      await now.waitFor();
      expect((await sectionHeadings(page))[0]).toBe('Wat nu op je wacht');
      expect((await sectionHeadings(page)).at(-1)).toBe('Cijfers');
      const figuresLink = page.getByRole('navigation', { name: 'Downloaden' }).getByRole('link', {
        name: 'Cijfers per buurt (CSV)',
      });
      expect((await figuresLink.boundingBox())!.y).toBeLessThan((await now.boundingBox())!.y);

      // Gijs asked Hanna himself: the connector sees it wait for an answer, each side by what connectors see of them.
      const waiting = now.getByRole('list', { name: 'Kennismakingen die op antwoord wachten, nieuwste eerst' });
      const theirs = waiting.getByRole('listitem').filter({ hasText: 'gevraagd door een van beiden' });
      await expect.poll(() => theirs.count()).toBe(1);
      expect(await theirs.textContent()).toContain('iemand die houdt van vogels en iemand die houdt van vogels');
      expect(await theirs.textContent()).not.toMatch(/Gijs|Hanna|een bewoner/);

      // Eleven pairs still to introduce, ten to a page.
      const paging = now.getByRole('navigation', { name: "Pagina's met voorstellen" });
      const pairs = page
        .getByRole('list', { name: 'Voorgestelde kennismakingen, de beste eerst' })
        .getByRole('listitem');
      await paging.getByText('1–10 van 11').waitFor();
      expect(await now.getByRole('button', { name: 'Nog voor te stellen (11)' }).getAttribute('aria-pressed')).toBe(
        'true',
      );
      expect(await pairs.filter({ has: page.getByRole('heading') }).count()).toBe(10);
      await paging.getByRole('button', { name: 'Volgende' }).click();
      await paging.getByText('11–11 van 11').waitFor();
      await paging.getByRole('button', { name: 'Vorige' }).click();
      await paging.getByText('1–10 van 11').waitFor();

      await closeChecked(page);
    });

    it('the connector narrows the pairs by reason, introduces two, sees them wait and among those done, and finds the figures', async () => {
      const page = await served.newPage({ as: connector });
      await page.goto(at(`/verbinder/${BUURT}`));
      const now = page.getByRole('region', { name: 'Wat nu op je wacht' });
      const paging = now.getByRole('navigation', { name: "Pagina's met voorstellen" });
      const waiting = now.getByRole('list', { name: 'Kennismakingen die op antwoord wachten, nieuwste eerst' });
      await paging.getByText('1–10 van 11').waitFor();

      // By reason: only the two who could teach Lies to cook.
      await now.getByRole('combobox', { name: 'Reden' }).selectOption({ label: 'leren en lesgeven' });
      await paging.getByText('1–2 van 2').waitFor();
      const pair = pairCard(page, 'Lies', 'Anna');
      await expect.poll(() => pair.count()).toBe(1);
      expect(await pairCard(page, 'Lies', 'Bram').count()).toBe(1);
      expect(await pair.textContent()).toContain('leren en lesgeven');
      expect(await pair.textContent()).toContain('in dezelfde buurt');
      const groups = page.getByRole('region', { name: 'Groepen om te starten' });
      expect(await groups.textContent()).toContain('Gijs, Hanna, Ivo, Jet, Kees');

      // Introduce them: the note is written already; send it.
      await pair.getByRole('button', { name: /Stel voor aan elkaar/ }).click();
      const note = pair.getByRole('textbox', { name: 'Je briefje aan allebei' });
      expect(await note.inputValue()).toContain('Zin om kennis te maken?');
      await note.fill('Lies wil leren koken en Anna kookt graag. Zin om kennis te maken?');
      await pair.getByRole('button', { name: 'Voorstellen' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /Voorgesteld: .* zien je vraag in hun inbox/ })
        .waitFor();
      await expect.poll(() => pair.textContent()).toContain('Al voorgesteld: gevraagd');
      expect(await pair.getByRole('button', { name: /Stel voor aan elkaar/ }).count()).toBe(0);

      // Now it waits for their answer, named: the connector made it.
      const made = waiting.getByRole('listitem').filter({ hasText: 'Lies' }).filter({ hasText: 'Anna' });
      await expect.poll(() => made.count()).toBe(1);
      expect(await made.textContent()).toContain('gevraagd');
      expect(await made.textContent()).toContain('door jou gemaakt');

      // Among the pairs introduced already, not among those still to introduce.
      await now.getByRole('button', { name: 'Al voorgesteld (1)' }).click();
      await page.getByRole('heading', { name: 'Wie je al aan elkaar hebt voorgesteld' }).waitFor();
      await expect.poll(() => pairCard(page, 'Lies', 'Bram').count()).toBe(0);
      expect(await paging.textContent()).toContain('1–1 van 1');
      expect(await pairCard(page, 'Lies', 'Anna').textContent()).toContain('Al voorgesteld: gevraagd');
      await now.getByRole('button', { name: 'Nog voor te stellen (1)' }).click();
      await expect.poll(() => pairCard(page, 'Lies', 'Anna').count()).toBe(0);
      expect(await pairCard(page, 'Lies', 'Bram').count()).toBe(1);

      // A refusal in the API's words: Lies and Bram were introduced elsewhere meanwhile.
      const bramPair = pairCard(page, 'Lies', 'Bram');
      await bramPair.getByRole('button', { name: /Stel voor aan elkaar/ }).click();
      const elsewhere = await page.request.post(at('/api/connector/introductions'), {
        headers: await csrfHeaders(page, served.url),
        data: {
          parties: [
            { kind: 'resident', id: lies.id },
            { kind: 'resident', id: bram.id },
          ],
          note: 'Al eerder voorgesteld.',
        },
      });
      expect(elsewhere.status()).toBe(201);
      await bramPair.getByRole('button', { name: 'Voorstellen' }).click();
      await bramPair
        .getByRole('alert')
        .filter({ hasText: /Er loopt al een kennismaking tussen/ })
        .waitFor();

      // The figures in short (Gijs's and the connector's introductions, as the page last loaded them); per buurt
      // behind a disclosure: a chart for the eye, a table for screen readers.
      const figures = page.getByRole('region', { name: 'Cijfers' });
      expect(await figures.getByRole('definition').allTextContents()).toEqual(['2', '2', '0', '0']);
      const table = page.getByRole('table', { name: `Kennismakingen per buurt in ${buurtName}` });
      expect(await table.count()).toBe(0);
      await figures.getByText('Per buurt (1 buurt)').click();
      expect(await table.getByRole('columnheader').allTextContents()).toEqual([
        'Buurt',
        'Gemaakt',
        'Gevraagd',
        'Geaccepteerd',
        'Gaat niet door',
        'Ontmoet',
      ]);
      expect(
        await table
          .getByRole('row', { name: new RegExp(buurtName) })
          .getByRole('cell')
          .allTextContents(),
      ).toEqual(['2', '2', '0', '0', '0']);

      // Lies sees it in her inbox.
      const inbox = (await lies.client.get('/api/introductions')).json() as { byConnector: boolean; status: string }[];
      expect(inbox).toEqual(expect.arrayContaining([expect.objectContaining({ byConnector: true, status: 'asked' })]));

      // Every table as CSV.
      const figuresLink = page.getByRole('link', { name: 'Cijfers per buurt (CSV)' });
      const csv = await page.request.get(at((await figuresLink.getAttribute('href'))!));
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect(await csv.text()).toContain(`${BUURT},${buurtName},3,3,0,0,0`);
      expect(await page.getByRole('link', { name: 'Kennismakingen (CSV)', exact: true }).getAttribute('href')).toBe(
        `/api/connector/areas/${BUURT}/connections.csv?table=introductions&lang=nl`,
      );
      expect(
        await page.getByRole('link', { name: 'Voorgestelde kennismakingen (CSV)' }).getAttribute('href'),
      ).toContain('table=suggestions');
      await closeChecked(page);
    });

    it('works in English on a 375 px wide screen, and tells a resident the page is for connectors', async () => {
      const page = await served.newPage({ as: connector, width: 375, height: 740 });
      await page.goto(at(`/verbinder/${BUURT}`));
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: `My neighbourhood: ${buurtName}`, level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Who you could introduce to each other' }).waitFor();
      // On a phone too: the downloads within the first screen, what needs the connector as the first section.
      expect((await sectionHeadings(page))[0]).toBe('What needs you now');
      const download = page.getByRole('link', { name: 'Figures per buurt (CSV)' });
      expect((await download.boundingBox())!.y).toBeLessThan(740);
      const now = page.getByRole('region', { name: 'What needs you now' });
      const waiting = now.getByRole('list', { name: 'Introductions waiting for an answer, newest first' });
      await waiting
        .getByRole('listitem')
        .filter({ hasText: 'someone who loves birds and someone who loves birds' })
        .waitFor();
      await now.getByRole('combobox', { name: 'Reason' }).selectOption({ label: 'shared passion' });
      await now.getByText('1–9 of 9').waitFor();
      const cards = page.getByRole('list', { name: 'Suggested introductions, best first' }).getByRole('heading');
      expect(await cards.count()).toBe(9);
      expect(await cards.allTextContents()).toEqual(Array(9).fill(expect.stringContaining('shared passion')));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await closeChecked(page);

      const residentPage = await served.newPage({ as: bram });
      await residentPage.goto(at(`/verbinder/${BUURT}`));
      await residentPage.getByText('Deze pagina is voor buurtverbinders.').waitFor();
      await residentPage.goto(at('/'));
      await residentPage.getByRole('link', { name: 'Voor jou', exact: true }).waitFor();
      expect(await residentPage.getByRole('link', { name: 'Mijn buurt' }).count()).toBe(0);
      await closeChecked(residentPage);
    });

    it("a resident switches on “Voor jou op de kaart”: neighbours as their buurt's outline with the band in words, the same in the list beside the map", async () => {
      const page = await served.newPage({ as: lies });
      await page.goto(at('/'));
      await page.locator('path.buurt-shape').first().waitFor({ state: 'attached' });
      // Off at first: nothing asked, nothing drawn.
      expect(await page.locator('path.suggestion-buurt').count()).toBe(0);
      await page.getByRole('checkbox', { name: 'Voor jou op de kaart' }).check();
      await page
        .getByRole('status')
        .filter({ hasText: /op de kaart\./ })
        .waitFor();

      const list = page.getByRole('list', { name: 'Voorstellen voor jou, de beste eerst' });
      const item = list.getByRole('listitem').filter({ hasText: 'Anna' });
      await expect.poll(() => item.count()).toBe(1);
      expect(await item.textContent()).toContain(`< 500 m · in ${buurtName}`);
      // Never a distance finer than the band, nor a square around a neighbour's home.
      expect((await item.textContent())!.replaceAll(/< \d+ m/g, '')).not.toMatch(/\d+\s?m\b/);
      // Anna, Bram and the birders live in one buurt: one outline for them all.
      await expect.poll(() => page.locator('path.suggestion-buurt').count()).toBe(1);
      // The map's own markers step back, and the map moves to the suggestions: the outline is in view, not a speck.
      const dimmed = page.locator('.area-map--suggestions');
      expect(await dimmed.count()).toBe(1);
      const outlineBox = (await page.locator('path.suggestion-buurt').boundingBox())!;
      const mapBox = (await page.locator('.map-region').boundingBox())!;
      expect(outlineBox.width).toBeGreaterThan(60);
      expect(outlineBox.x).toBeGreaterThanOrEqual(mapBox.x);
      expect(outlineBox.x + outlineBox.width).toBeLessThanOrEqual(mapBox.x + mapBox.width);

      // Keyboard: the button beside the map brings Anna's buurt into view with its popup.
      await item.getByRole('button', { name: /Toon op de kaart/ }).focus();
      await page.keyboard.press('Enter');
      const popup = page.locator('.suggestion-popup');
      await popup.waitFor();
      expect(await popup.textContent()).toContain('Anna');
      expect(await popup.textContent()).toContain(`< 500 m · in ${buurtName}`);
      expect((await popup.textContent())!.replaceAll(/< \d+ m/g, '')).not.toMatch(/\d+\s?m\b/);
      await page.getByRole('status').filter({ hasText: 'Anna staat nu midden op de kaart.' }).waitFor();

      // Off again: the layer goes, the map's own layers stay.
      await page.getByRole('checkbox', { name: 'Voor jou op de kaart' }).uncheck();
      await expect.poll(() => page.locator('path.suggestion-buurt').count()).toBe(0);
      expect(await dimmed.count()).toBe(0);
      expect(await page.locator('path.buurt-shape').count()).toBeGreaterThan(100);
      await closeChecked(page);
    });

    it('on a 375 px wide screen the switch and the list are in the sheet, and “Toon op de kaart” closes it to show the map', async () => {
      const page = await served.newPage({ as: lies, width: 375, height: 740 });
      await page.goto(at('/?view=list'));
      await page.getByRole('button', { name: 'Filters', exact: true }).click();
      await page.getByRole('checkbox', { name: 'Voor jou op de kaart' }).check();
      const item = page
        .getByRole('list', { name: 'Voorstellen voor jou, de beste eerst' })
        .getByRole('listitem')
        .filter({ hasText: 'Bram' });
      await item.getByRole('button', { name: /Toon op de kaart/ }).click();
      await page.locator('.suggestion-popup').filter({ hasText: 'Bram' }).waitFor();
      expect(await page.getByRole('button', { name: 'Kaart', exact: true }).getAttribute('aria-pressed')).toBe('true');
      expect(await page.getByRole('button', { name: 'Filters', exact: true }).getAttribute('aria-expanded')).toBe(
        'false',
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await closeChecked(page);
    });

    it('follows a buurt from its summary and stops following it there and on the profile page', async () => {
      const follower = birders[0]!;
      const follows = async () =>
        ((await follower.client.get('/api/me/follows')).json() as { code: string }[]).map((row) => row.code);
      const page = await served.newPage({ as: follower });
      await page.goto(at(`/?buurt=${BUURT}`));
      const summary = page.getByRole('region', { name: buurtName });
      const follow = summary.getByRole('button', { name: 'Volg deze buurt' });
      await follow.waitFor();
      expect(await summary.textContent()).toContain('Je krijgt wekelijks een e-mail met wat er nieuw is.');

      await follow.click();
      await summary.getByRole('button', { name: 'Niet meer volgen' }).waitFor();
      await summary
        .getByRole('status')
        .filter({ hasText: `Je volgt ${buurtName}.` })
        .waitFor();
      expect(await follows()).toEqual([BUURT]);

      // The button keeps the keyboard's focus while its words change.
      await summary.getByRole('button', { name: 'Niet meer volgen' }).focus();
      await page.keyboard.press('Enter');
      await summary
        .getByRole('status')
        .filter({ hasText: `Je volgt ${buurtName} niet meer.` })
        .waitFor();
      expect(await follows()).toEqual([]);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Volg deze buurt');
      await page.keyboard.press('Enter');
      await summary.getByRole('button', { name: 'Niet meer volgen' }).waitFor();

      await page.goto(at('/profiel'));
      const section = page.getByRole('region', { name: 'Buurten die je volgt' });
      await section.getByRole('link', { name: buurtName }).waitFor();
      await section.getByRole('button', { name: `Niet meer volgen (${buurtName})` }).click();
      await section.getByText('Je volgt nog geen buurt.').waitFor();
      await section
        .getByRole('status')
        .filter({ hasText: `Je volgt ${buurtName} niet meer.` })
        .waitFor();
      expect(await follows()).toEqual([]);
      await closeChecked(page);
    });

    it('after a no between two people, the connector is told kindly that they are not introduced again for now', async () => {
      const home = await cellCentreIn(served.app, BUURT);
      const wim = await resident('Wim', offset(home, -60, 20), {
        kind: 'learn',
        title: 'Leren naaien',
        tags: ['sewing'],
        visibility: 'public',
      });
      const zus = await resident('Zus', offset(home, 60, -20), {
        kind: 'skill',
        title: 'Zus naait kleren',
        tags: ['sewing'],
        visibility: 'public',
      });

      const page = await served.newPage({ as: connector });
      await page.goto(at(`/verbinder/${BUURT}`));
      await page.getByRole('combobox', { name: 'Reden' }).selectOption({ label: 'leren en lesgeven' });
      const pair = pairCard(page, 'Wim', 'Zus');
      await expect.poll(() => pair.count()).toBe(1);
      await pair.getByRole('button', { name: /Stel voor aan elkaar/ }).click();

      // Meanwhile Wim asked Zus himself, and Zus said no.
      const asked = await wim.client.post('/api/introductions', {
        to: { kind: 'resident', id: zus.id },
        note: 'Wil je me leren naaien?',
      });
      expect(asked.statusCode, asked.body).toBe(201);
      expect(
        (await zus.client.post(`/api/introductions/${asked.json().id}/answer`, { answer: 'decline' })).statusCode,
      ).toBe(200);

      await pair.getByRole('button', { name: 'Voorstellen' }).click();
      await pair
        .getByRole('alert')
        .filter({ hasText: /Een kennismaking tussen (Wim en Zus|Zus en Wim) ging kort geleden niet door\./ })
        .waitFor();
      // Nothing was made: only Wim's own request stands between them.
      const between = await served.app.pg.query(
        'SELECT count(*)::int AS n FROM introduction_parties WHERE user_id = $1',
        [zus.id],
      );
      expect(between.rows[0].n).toBe(1);
      await closeChecked(page);
    });
  },
);
