import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANY_SIGNUPS_RATE_LIMITS } from '../helpers/app.ts';
import { grantConnectorArea, signUpAdmin } from '../helpers/admin.ts';
import { addItem, cellCentreIn, choirLookingForSpace, offset, setHome, settle } from '../helpers/assets.ts';
import { neighbourWhoWantsToLearn } from '../helpers/bicycle-repairer.ts';
import { describeInChromium, openPage, serveAppToSuite } from '../helpers/browser.ts';
import { signUpAndLogIn, type TestAccount } from '../helpers/client.ts';
import { embeddedRun } from '../helpers/db.ts';
import { buurtNameOf } from '../helpers/buurten.ts';
import { Journey } from '../helpers/journey.ts';
import { startTestLocatieserver, type TestAddress } from '../helpers/locatieserver.ts';

const PAGE_TIMEOUT_MS = 10_000;
const PASSWORD = 'een zin van vijf woorden';

// What each journey may cost at most, counted as in tests/helpers/journey.ts: a change that adds clicks to the first
// hour fails here, and is then a choice made on purpose.
const RESIDENT_CLICKS = { 1280: 17, 375: 18 } as const;
const ORGANISATION_CLICKS = { 1280: 10, 375: 10 } as const;
const CONNECTOR_CLICKS = { 1280: 8, 375: 8 } as const;

// Zeshoeven (BU08556706): no other test works there, so what the journeys add changes no other test's counts.
const BUURT = 'BU08556706';

// A local geocoder that speaks PDOK Locatieserver's protocol; the suite puts an invented address in a buurt.
const addresses: TestAddress[] = [];
const geocoder = await startTestLocatieserver(addresses);
afterAll(() => geocoder.close());

/**
 * The first hour, walked as the person would: from arrival on the map to a real connection. Each journey runs at a
 * desktop and a phone width and prints its clicks (set JOURNEY_SHOTS_DIR to keep a screenshot of every step).
 * Pages and the API behave the same on either database; the parts are tested on both elsewhere, so these journeys
 * run once, on the embedded database.
 */
(embeddedRun ? describeInChromium : describe.skip)(
  'the first hour, as each kind of user walks it, in Chromium',
  { timeout: 90_000 },
  () => {
    const served = serveAppToSuite({}, { rateLimits: MANY_SIGNUPS_RATE_LIMITS, geocoderUrl: geocoder.url });
    const { at } = served;
    let buurtName: string;
    let address: { lng: number; lat: number };
    let connector: TestAccount;
    const counts: string[] = [];

    /** A settled resident living at `at`, with one item of their inventory. */
    async function resident(
      name: string,
      at: { lng: number; lat: number },
      item: { kind: string; title: string; tags: string[]; visibility: string },
    ): Promise<TestAccount> {
      const account = await signUpAndLogIn(served.app, { displayName: name });
      await settle(served.app, account);
      await setHome(account, at);
      await addItem(account, { type: 'inventory', ...item });
      return account;
    }

    beforeAll(async () => {
      address = await cellCentreIn(served.app, BUURT);
      buurtName = await buurtNameOf(served.app, BUURT);
      addresses.push({ id: 'adr-journey-1', label: 'Reisweg 3, 5098ZZ Tilburg', type: 'adres', ...address });
      const admin = await signUpAdmin(served.app);
      connector = await signUpAndLogIn(served.app, { displayName: 'Connie' });
      await grantConnectorArea(admin, connector, BUURT);
    }, 120_000);

    afterAll(() => {
      if (counts.length > 0) console.log(`[journeys]\n${counts.join('\n')}`);
    });

    /** The first screen a newcomer sees: the map with its welcome, which has the ways in. */
    async function arriveAtWelcome(page: Page): Promise<Locator> {
      await page.goto(at('/'));
      const welcome = page.getByRole('region', { name: 'Welkom bij Krachtkaart' });
      await welcome.waitFor();
      return welcome;
    }

    for (const width of [1280, 375] as const) {
      /** A journey on a fresh page of this width (a phone's height below 600 px). */
      async function journeyOf(name: string): Promise<Journey> {
        const page = await openPage(served.browser, { width, height: width < 600 ? 740 : 800 });
        page.setDefaultTimeout(PAGE_TIMEOUT_MS);
        return new Journey(page, name);
      }

      it(`a resident at ${width} px: arrives, joins, says where they live and what they can, and is introduced to a neighbour`, async () => {
        const neighbour = await neighbourWhoWantsToLearn(served.app, `Noor ${randomUUID().slice(0, 4)}`, address);
        const journey = await journeyOf('resident');
        const { page } = journey;
        const displayName = `Sanne ${randomUUID().slice(0, 4)}`;

        // Arrival: what this is, that the demo is invented, and a way in.
        const welcome = await arriveAtWelcome(page);
        await journey.step('arrival');
        await journey.click(welcome.getByRole('link', { name: 'Zet je talenten op de kaart' }));

        // An account, then straight on to the talents.
        await page.getByRole('heading', { name: 'Aanmelden', level: 1 }).waitFor();
        await journey.step('sign-up');
        await journey.signUp(displayName, PASSWORD);

        // Where they live: the address, the buurt follows from it; what is kept is said, and agreed to.
        await page.getByRole('heading', { name: 'In welke buurt woon je?', level: 2 }).waitFor();
        await journey.step('where-you-live');
        const search = page.getByRole('combobox', { name: 'Zoek je adres of postcode' });
        await journey.type(search, 'reisweg 3');
        await page.getByText('1 adres gevonden').waitFor();
        await journey.press(search, 'Enter');
        await page.getByText('Gekozen: Reisweg 3, 5098ZZ Tilburg.').waitFor();
        await journey.check(page.getByLabel('Ik ga akkoord met deze tekst'));
        await journey.click(page.getByRole('button', { name: 'Bewaren en verder' }));

        // A skill, found by its domain, for everyone who logs in; then done for now.
        await page.getByRole('heading', { name: 'Waar ben je goed in?', level: 2 }).waitFor();
        await journey.click(page.getByRole('button', { name: 'Volgende' }));
        await page.getByText(/^Stap 2 van \d+: Vaardigheden$/).waitFor();
        await journey.step('a-skill');
        await journey.select(page.getByLabel('Terrein'), { label: 'Handwerk en repareren' });
        await journey.click(page.getByRole('button', { name: 'Fietsen repareren', exact: true }));
        await journey.type(page.getByRole('textbox', { name: 'Wat kun je?' }), 'Lekke banden plakken');
        await journey.check(page.getByRole('radio', { name: 'Iedereen met een account', exact: true }));
        await journey.click(page.getByRole('button', { name: 'Toevoegen' }));
        await page.getByRole('listitem', { name: 'Lekke banden plakken' }).waitFor();
        await journey.click(page.getByRole('button', { name: 'Klaar voor nu' }));

        // What they added, who sees it, where they count and why they are not a point.
        await page.getByRole('heading', { name: 'Klaar: wat je deelt en wie het ziet', level: 2 }).waitFor();
        await journey.step('what-you-share');
        const added = page.getByRole('region', { name: 'Wat je hebt toegevoegd' });
        expect(await added.innerText()).toContain('Lekke banden plakken');
        expect(await added.innerText()).toContain('Wie ziet dit: Iedereen met een account');
        const counting = await page.getByRole('region', { name: 'Waar je meetelt' }).innerText();
        expect(counting).toContain(buurtName);
        expect(counting).toContain('Bewoners tonen we nooit als punt');

        // A neighbour who wants to learn it, suggested with the reason; an introduction asked with a note for her.
        await journey.headerLink('Voor jou');
        await page.getByRole('heading', { name: 'Voorstellen voor jou', level: 1 }).waitFor();
        const card = page.getByRole('listitem').filter({ hasText: neighbour.displayName });
        await card.waitFor();
        await journey.step('suggested-for-you');
        expect(await card.textContent()).toContain(`${neighbour.displayName} (< 500 m) wil fietsen repareren leren`);
        await journey.click(card.getByRole('button', { name: /Vraag een kennismaking/ }));
        const note = card.getByRole('textbox', { name: `Je briefje aan ${neighbour.displayName}` });
        expect(await note.inputValue()).toContain('ik kan fietsen repareren en zag dat jij dat wilt leren');
        await journey.click(card.getByRole('button', { name: 'Kennismaking vragen' }));
        await page
          .getByRole('status')
          .filter({ hasText: `Gevraagd: ${neighbour.displayName} ziet je vraag in hun inbox.` })
          .waitFor();
        await journey.step('introduction-asked');

        // She says yes (in her own app); the resident hears it from the bell and writes in the thread.
        const { rows } = await served.app.pg.query<{ id: string }>(
          'SELECT i.id FROM introductions i JOIN users u ON u.id = i.requested_by WHERE u.display_name = $1',
          [displayName],
        );
        expect(rows).toHaveLength(1);
        const accepted = await neighbour.client.post(`/api/introductions/${rows[0]!.id}/answer`, { answer: 'accept' });
        expect(accepted.statusCode, accepted.body).toBe(200);
        await page.reload();
        const bell = page.getByRole('button', { name: /Notificaties: 1 nieuw/ });
        await journey.click(bell);
        await journey.click(page.getByRole('link', { name: new RegExp(neighbour.displayName) }).first());
        await page.getByRole('heading', { name: `Kennismaking met ${neighbour.displayName}`, level: 1 }).waitFor();
        await journey.type(page.getByRole('textbox', { name: 'Je bericht' }), 'Zaterdag om tien uur?');
        await journey.click(page.getByRole('button', { name: 'Versturen' }));
        await page.getByRole('list', { name: 'Berichten, oudste eerst' }).getByText('Zaterdag om tien uur?').waitFor();
        await journey.step('connected');

        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        counts.push(journey.summary());
        expect(journey.clicks).toBeLessThanOrEqual(RESIDENT_CLICKS[width]);
        await page.close();
      });

      it(`an organisation at ${width} px: arrives, joins, puts itself on the map with a room to offer, and meets a choir`, async () => {
        const journey = await journeyOf('organisation');
        const { page } = journey;
        const name = `Buurthuis ${randomUUID().slice(0, 4)}`;

        // Arrival: the welcome has a way in for organisations too.
        const welcome = await arriveAtWelcome(page);
        await journey.click(welcome.getByRole('link', { name: 'Zet je organisatie op de kaart' }));
        await page.getByRole('heading', { name: 'Aanmelden', level: 1 }).waitFor();
        await journey.signUp(`Beheerder ${randomUUID().slice(0, 4)}`, PASSWORD);

        // The organisation: a name and a kind, then where it is and what it does.
        await journey.type(page.getByLabel('Naam van de organisatie'), name);
        await journey.check(page.getByLabel('Vereniging of club'));
        await journey.click(page.getByRole('button', { name: 'Organisatie aanmelden' }));
        await page.getByRole('heading', { name, level: 2 }).waitFor();
        await journey.step('registered');
        await journey.type(page.getByLabel('Wat doen jullie?'), 'Een huiskamer voor de buurt.');
        const map = page.locator('.draw-shape-map__map');
        await map.scrollIntoViewIfNeeded();
        const box = (await map.boundingBox())!;
        journey.clicks++;
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await page.getByText('Speld gezet op').waitFor();
        await journey.click(page.getByRole('button', { name: 'Profiel bewaren' }));
        await page.getByText(/Jullie staan op de kaart in /).waitFor();
        await journey.step('on-the-map');

        // A choir close by looks for a room to rehearse in.
        const id = new URL(page.url()).searchParams.get('id')!;
        const { rows } = await served.app.pg.query<{ lng: number; lat: number }>(
          'SELECT ST_X(location) AS lng, ST_Y(location) AS lat FROM organisations WHERE id = $1',
          [id],
        );
        const board = await signUpAndLogIn(served.app, { displayName: `Bestuur ${randomUUID().slice(0, 4)}` });
        const choirName = `Koor ${randomUUID().slice(0, 4)}`;
        await choirLookingForSpace(board, choirName, rows[0]!);

        // The room offered finds the choir; the organisation asks for an introduction on its own behalf.
        await journey.select(page.getByLabel('Wat is het?'), { label: 'Wij bieden: een ruimte' });
        await journey.type(page.getByLabel('Korte omschrijving'), 'Zaal voor dertig mensen');
        await journey.click(page.getByRole('button', { name: 'Toevoegen' }));
        const suggestions = page.getByRole('region', { name: 'Voorgesteld voor jullie' });
        const card = suggestions.getByRole('listitem').filter({ hasText: choirName });
        await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1);
        await journey.step('suggested');
        await journey.click(card.getByRole('button', { name: /Vraag een kennismaking/ }));
        await journey.click(card.getByRole('button', { name: 'Kennismaking vragen' }));
        await suggestions
          .getByRole('status')
          .filter({ hasText: `Gevraagd: ${choirName} ziet je vraag in hun inbox.` })
          .waitFor();
        await journey.step('introduction-asked');

        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        counts.push(journey.summary());
        expect(journey.clicks).toBeLessThanOrEqual(ORGANISATION_CLICKS[width]);
        await page.close();
      });

      it(`a connector at ${width} px: logs in, finds what needs them first, and introduces two neighbours`, async () => {
        const suffix = randomUUID().slice(0, 4);
        const learner = await resident(`Lies ${suffix}`, offset(address, -120, 80), {
          kind: 'learn',
          title: 'Leren breien',
          tags: ['knitting'],
          visibility: 'connectors',
        });
        const teacher = await resident(`Anna ${suffix}`, offset(address, 90, -60), {
          kind: 'skill',
          title: 'Breien met rondbreinaalden',
          tags: ['knitting'],
          visibility: 'connectors',
        });
        const journey = await journeyOf('connector');
        const { page } = journey;

        await page.goto(at('/'));
        await journey.headerLink('Inloggen');
        await page.getByRole('heading', { name: 'Inloggen', level: 1 }).waitFor();
        await journey.type(page.getByLabel('E-mailadres'), connector.email);
        await journey.type(page.getByLabel('Wachtwoord'), connector.password);
        await journey.click(page.getByRole('main').getByRole('button', { name: 'Inloggen' }));
        await page.getByRole('banner').getByText('Connie').first().waitFor({ state: 'attached' });
        await journey.headerLink('Mijn buurt');
        await page.getByRole('heading', { name: 'Mijn buurt', level: 1 }).waitFor();
        await journey.step('my-areas');
        await journey.click(page.getByRole('link', { name: buurtName }));

        // What needs the connector comes first: the two who could knit together, among the pairs to introduce.
        const now = page.getByRole('region', { name: 'Wat nu op je wacht' });
        await now.waitFor();
        const pair = page
          .getByRole('list', { name: 'Voorgestelde kennismakingen, de beste eerst' })
          .getByRole('listitem')
          .filter({ hasText: learner.displayName })
          .filter({ hasText: teacher.displayName });
        await expect.poll(() => pair.count(), { timeout: 15_000 }).toBe(1);
        await journey.step('what-needs-me');
        await journey.click(pair.getByRole('button', { name: /Stel voor aan elkaar/ }));
        expect(await pair.getByRole('textbox', { name: 'Je briefje aan allebei' }).inputValue()).toContain(
          'Zin om kennis te maken?',
        );
        await journey.click(pair.getByRole('button', { name: 'Voorstellen' }));
        await page
          .getByRole('status')
          .filter({ hasText: /Voorgesteld: .* zien je vraag in hun inbox/ })
          .waitFor();
        await journey.step('introduced');

        // Both have it in their inbox, written by the connector.
        for (const party of [learner, teacher]) {
          const inbox = (await party.client.get('/api/introductions')).json() as { canAnswer: boolean }[];
          expect(inbox.some((introduction) => introduction.canAnswer)).toBe(true);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        counts.push(journey.summary());
        expect(journey.clicks).toBeLessThanOrEqual(CONNECTOR_CLICKS[width]);
        await page.close();
      });
    }
  },
);
