import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BuurtCollection, BuurtFeature } from '../../web/src/api/areas.ts';
import { MANY_SIGNUPS_RATE_LIMITS } from '../helpers/app.ts';
import { addItem, choirLookingForSpace, settle } from '../helpers/assets.ts';
import { BICYCLE_REPAIR_SKILL } from '../helpers/bicycle-repairer.ts';
import { signUpAndLogIn } from '../helpers/client.ts';
import { describeInChromium, openPage, serveAppToSuite, signUpInPage } from '../helpers/browser.ts';
import { startTestLocatieserver, type TestAddress } from '../helpers/locatieserver.ts';
import { lngLatBboxOf } from '../../web/src/geo.ts';
import { buurtAroundItsCentre } from '../helpers/buurten.ts';
import { testPool } from '../helpers/db.ts';

const PAGE_TIMEOUT_MS = 10_000;
const PASSWORD = 'een zin van vijf woorden';

interface Account {
  email: string;
  displayName: string;
}

// A local geocoder that speaks PDOK Locatieserver's protocol; the suite puts an invented address in its buurt.
const addresses: TestAddress[] = [];
const geocoder = await startTestLocatieserver(addresses);
afterAll(() => geocoder.close());

describeInChromium('the contribute pages in Chromium', { timeout: 30_000 }, () => {
  let pool: pg.Pool;
  let buurt: BuurtFeature['properties'];

  // Every test signs up from the same loopback address (the limits themselves are tested in tests/api).
  const served = serveAppToSuite({}, { rateLimits: MANY_SIGNUPS_RATE_LIMITS, geocoderUrl: geocoder.url });
  const { at } = served;
  beforeAll(async () => {
    pool = testPool();
    const buurten = (await (await fetch(new URL('/api/areas/buurten', served.url))).json()) as BuurtCollection;
    const around = buurtAroundItsCentre(buurten, { minAreaM2: 300_000, marginShare: 1 / 6 });
    buurt = around.properties;
    const [west, south, east, north] = lngLatBboxOf(around.geometry);
    addresses.push({
      id: 'adr-test-7',
      label: 'Teststraat 7, 5099ZZ Tilburg',
      type: 'adres',
      lng: (west + east) / 2,
      lat: (south + north) / 2,
    });
  }, 120_000);

  afterAll(async () => {
    await pool?.end();
  });

  async function newPage(): Promise<{ page: Page; problems: string[] }> {
    const page = await openPage(served.browser);
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    const problems: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    return { page, problems };
  }

  /** Setup through the API, in the page's own cookie jar: an account, logged in, with a home buurt unless told otherwise. */
  async function logInNewAccount(page: Page, { homeBuurt = true } = {}): Promise<Account> {
    const id = randomUUID();
    const account = { email: `kk-${id}@example.org`, displayName: `Bewoner ${id.slice(0, 6)}` };
    const headers = await signUpInPage(page, served.url, { ...account, password: PASSWORD, language: 'nl' });
    if (homeBuurt) {
      const me = await page.request.patch(at('/api/me'), { headers, data: { homeBuurtCode: buurt.code } });
      expect(me.status()).toBe(200);
    }
    return account;
  }

  async function userId(email: string): Promise<string> {
    const { rows } = await pool.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [email]);
    return rows[0]!.id;
  }

  /** Clicks on the drawing map, at offsets in pixels from its middle. */
  async function clickMap(page: Page, offsets: [number, number][]): Promise<void> {
    const map = page.locator('.draw-shape-map__map');
    await map.scrollIntoViewIfNeeded();
    const box = (await map.boundingBox())!;
    for (const [dx, dy] of offsets) await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
  }

  it('a resident fills in the inventory step by step, finds it again later, sees who sees each item and where they count, and finds their skill counted on the map', async () => {
    const { page, problems } = await newPage();
    const account = await logInNewAccount(page, { homeBuurt: false });
    await page.goto(at('/bijdragen'));
    await page.getByRole('link', { name: 'Mijn talenten' }).click();

    // No buurt yet: the wizard asks where they live first, and says why: by address (the buurt follows from it,
    // with consent) or only the buurt.
    await page.getByRole('heading', { name: 'In welke buurt woon je?', level: 2 }).waitFor();
    const search = page.getByRole('combobox', { name: 'Zoek je adres of postcode' });
    await search.fill('5099 zz');
    await page.getByText('1 adres gevonden').waitFor();
    await search.press('Enter');
    await page.getByText('Gekozen: Teststraat 7, 5099ZZ Tilburg.').waitFor();
    await page.getByRole('button', { name: 'Bewaren en verder' }).click();
    await page.getByText('Vink aan dat je akkoord gaat, of kies alleen je buurt.').waitFor();
    await page.getByLabel('Ik ga akkoord met deze tekst').check();
    await page.getByRole('button', { name: 'Bewaren en verder' }).click();
    await page.getByRole('heading', { name: 'Waar ben je goed in?', level: 2 }).waitFor();
    await page.getByText('Stap 1 van 9: Gaven').waitFor();
    await page.getByRole('button', { name: 'Volgende' }).click();

    // Step 2: a skill with a tag, chosen by domain, for everyone with an account and publicly as a number.
    await page.getByText('Stap 2 van 9: Vaardigheden').waitFor();
    await page.getByLabel('Terrein').selectOption({ label: 'Handwerk en repareren' });
    await page.getByRole('button', { name: 'Fietsen repareren', exact: true }).click();
    expect(
      await page.getByRole('button', { name: 'Fietsen repareren', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.getByRole('textbox', { name: 'Wat kun je?' }).fill('Lekke banden plakken');
    // Who may see it: four audiences, each named by who they are and saying what they see; the connectors of the
    // buurt are chosen until the resident chooses otherwise.
    const audiences = page.getByRole('group', { name: 'Wie mag dit zien?' });
    const audienceNames = await audiences
      .getByRole('radio')
      .evaluateAll((radios) =>
        radios.map((radio) => [
          (radio as HTMLInputElement).labels?.[0]?.textContent,
          document.getElementById(radio.getAttribute('aria-describedby') ?? '')?.textContent,
        ]),
      );
    expect(audienceNames).toEqual([
      ['Alleen ik', 'Niemand anders ziet dit item, alleen de beheerders als dat nodig is. Je telt er nergens mee.'],
      [
        'Buurtverbinders van mijn buurt',
        'De buurtverbinders van je buurt en wijk zien je naam, je buurt en dit item, en kunnen je aan buren voorstellen als jij ja zegt. Verder niemand.',
      ],
      [
        'Iedereen met een account',
        'Iedereen die inlogt, ook van buiten je buurt, ziet je naam, je buurt en dit item. Bezoekers zonder account zien niets en tellen je niet.',
      ],
      [
        'Iedereen met een account, en openbaar als aantal',
        'Iedereen die inlogt, ziet je naam, je buurt en dit item. Bezoekers zonder account zien alleen aantallen, zoals ‘7 bewoners delen iets’, vanaf 5 bewoners: nooit je naam of dit item.',
      ],
    ]);
    expect(await audiences.getByRole('radio', { checked: true }).getAttribute('value')).toBe('connectors');
    await audiences.getByLabel('Iedereen met een account, en openbaar als aantal').check();
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    const skill = page.getByRole('listitem', { name: 'Lekke banden plakken' });
    await skill.waitFor();
    expect(await skill.getByLabel('Wie ziet dit?').inputValue()).toBe('public');

    // Step 6 through the step list; typed, then "next": saved as one goes.
    await page.getByRole('navigation', { name: 'Stappen' }).getByRole('link', { name: 'Leren' }).click();
    await page.getByRole('heading', { name: 'Wat wil je leren?', level: 2 }).waitFor();
    await page.getByRole('textbox', { name: 'Wat wil je leren?' }).fill('Nederlands schrijven');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('heading', { name: 'Bij welke groepen hoor je?', level: 2 }).waitFor();

    // Step 5: a dream, then made private on its card.
    await page.getByRole('button', { name: 'Vorige' }).click();
    await page.getByRole('button', { name: 'Vorige' }).click();
    await page.getByRole('heading', { name: 'Wat droom je voor de buurt?', level: 2 }).waitFor();
    await page.getByRole('textbox', { name: 'Wat is je droom?' }).fill('Een moestuin op het plein');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    const dream = page.getByRole('listitem', { name: 'Een moestuin op het plein' });
    await dream.getByLabel('Wie ziet dit?').selectOption('private');
    await dream.getByText('Bewaard. Dit zien nu: Alleen ik.').waitFor();

    // Leave, come back: the items are in their steps. One of them was last confirmed over a year ago.
    const owner = await userId(account.email);
    await pool.query(
      "UPDATE assets SET last_confirmed_at = now() - interval '13 months' WHERE owner_user_id = $1 AND kind = 'learn'",
      [owner],
    );
    await page.goto(at('/'));
    await page.goto(at('/bijdragen/talenten?stap=2'));
    await page.getByRole('listitem', { name: 'Lekke banden plakken' }).waitFor();
    await page.goto(at('/bijdragen/talenten?stap=6'));
    const learn = page.getByRole('listitem', { name: 'Nederlands schrijven' });
    await learn.getByRole('group', { name: 'Nog actief?' }).getByRole('button', { name: 'Ja, klopt nog' }).click();
    await learn.getByRole('group', { name: 'Nog actief?' }).waitFor({ state: 'detached' });
    const confirmed = await pool.query(
      "SELECT 1 FROM assets WHERE owner_user_id = $1 AND kind = 'learn' AND last_confirmed_at > now() - interval '1 hour'",
      [owner],
    );
    expect(confirmed.rows).toHaveLength(1);

    // The end: what they added and who sees each item, where they count, and what each audience sees.
    await page.goto(at('/bijdragen/talenten?stap=9'));
    await page.getByRole('button', { name: 'Naar het overzicht' }).click();
    await page.getByRole('heading', { name: 'Klaar: wat je deelt en wie het ziet', level: 2 }).waitFor();
    expect(
      await page.getByRole('region', { name: 'Wat je hebt toegevoegd' }).getByRole('listitem').allInnerTexts(),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Lekke banden plakken\s+Wie ziet dit: Iedereen met een account, en openbaar als aantal\s+Aanpassen$/,
        ),
        expect.stringMatching(/^Nederlands schrijven\s+Wie ziet dit: Buurtverbinders van mijn buurt\s+Aanpassen$/),
        expect.stringMatching(/^Een moestuin op het plein\s+Wie ziet dit: Alleen ik\s+Aanpassen$/),
      ]),
    );
    const where = page.getByRole('region', { name: 'Waar je meetelt' });
    const summary = (await (await fetch(at(`/api/areas/buurten/${buurt.code}/summary`))).json()) as {
      counts: { residents: number | null };
    };
    await where
      .getByText(
        summary.counts.residents === null
          ? `De openbare kaart toont een aantal pas vanaf 5 bewoners. ${buurt.name} heeft er nu minder dan 5,`
          : `De openbare kaart toont een aantal pas vanaf 5 bewoners. ${buurt.name} heeft nu ${summary.counts.residents} bewoners`,
        { exact: false },
      )
      .waitFor();
    expect(await where.getByRole('listitem').allInnerTexts()).toEqual([
      'Voor bezoekers zonder account (de openbare kaart en de buurtkaart): je telt mee.',
      'Voor iedereen die inlogt: je telt mee.',
      `Voor de buurtverbinders van ${buurt.name}: je telt mee.`,
    ]);
    const counting = await where.innerText();
    expect(counting).toContain(
      `Op de kaart tel je mee als bewoner van ${buurt.name}: in een vakje van 250 bij 250 meter`,
    );
    expect(counting).toContain('Je telt pas mee als je e-mailadres is bevestigd en je account 7 dagen oud is.');
    // Why they are not a point on the map, with the rule's own numbers.
    expect(counting).toContain('Bewoners tonen we nooit als punt: alleen als aantal, per vakje van 250 bij 250 meter');
    expect(counting).toContain('en pas als het er minstens 5 zijn.');

    const neighbours = page.getByRole('region', { name: 'Wat iedereen met een account ziet' });
    const seen = await neighbours.innerText();
    expect(seen).toContain(`${account.displayName} · ${buurt.name}`);
    expect(seen).toContain('Lekke banden plakken');
    expect(seen).toContain('Fietsen repareren');
    expect(seen).not.toContain('Nederlands schrijven');
    expect(seen).not.toContain('moestuin');
    expect(await page.getByRole('region', { name: 'Wat de buurtverbinders daarnaast zien' }).innerText()).toContain(
      'Nederlands schrijven',
    );
    const visitors = await page.getByRole('region', { name: 'Wat bezoekers zonder account zien' }).innerText();
    expect(visitors).toContain('Nooit je naam of je items.');
    expect(visitors).toContain('Lekke banden plakken');
    expect(visitors).not.toContain('Nederlands schrijven');
    expect(await page.getByRole('region', { name: 'Wat alleen jij ziet' }).innerText()).toContain(
      'Een moestuin op het plein',
    );
    expect(await page.getByRole('link', { name: `Bekijk ${buurt.name} op de kaart` }).getAttribute('href')).toBe(
      `/?buurt=${buurt.code}`,
    );

    // The public skill counts in its buurt; the dream is private.
    const { rows } = await pool.query<{ kind: string; visibility: string; tags: string[]; buurt_code: string }>(
      'SELECT kind, visibility, tags, buurt_code FROM assets WHERE owner_user_id = $1 ORDER BY kind',
      [owner],
    );
    expect(rows).toEqual([
      { kind: 'dream', visibility: 'private', tags: [], buurt_code: buurt.code },
      { kind: 'learn', visibility: 'connectors', tags: [], buurt_code: buurt.code },
      { kind: 'skill', visibility: 'public', tags: ['bicycle-repair'], buurt_code: buurt.code },
    ]);

    // Four neighbours also repair bicycles: with the resident that makes five, enough to be counted on the map (once
    // all five are confirmed accounts of some age).
    await settle(served.app, { id: owner });
    for (let i = 1; i <= 4; i++) {
      const neighbour = await signUpAndLogIn(served.app, { displayName: `Buurvrouw ${i}` });
      await settle(served.app, neighbour);
      expect((await neighbour.client.patch('/api/me', { homeBuurtCode: buurt.code })).statusCode).toBe(200);
      await addItem(neighbour, BICYCLE_REPAIR_SKILL);
    }
    // The link at the end of the wizard opens the map on the buurt; filtered on the skill, the list shows the group.
    await page.getByRole('link', { name: `Bekijk ${buurt.name} op de kaart` }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('buurt') === buurt.code);
    // The buurt's card says who counts among its residents and why a number shows only from 5, beside the number.
    const card = page.locator('.buurt-info');
    await card.locator('.summary-counts').waitFor();
    expect(await card.locator('.buurt-info__note').first().innerText()).toBe(
      'Hier tellen bewoners die minstens één item delen met ‘Iedereen met een account, en openbaar als aantal’. ' +
        'Een aantal tonen we pas vanaf 5, zodat niemand in een kleine groep herkenbaar is; daaronder staat ‘minder dan 5’. ' +
        'Zelf meetellen?',
    );
    expect(await card.getByRole('link', { name: 'Zelf meetellen?' }).getAttribute('href')).toBe(
      '/bijdragen/talenten?stap=klaar',
    );
    await page.goto(at(`/?buurt=${buurt.code}&tags=bicycle-repair&types=people&view=list`));
    const results = page.getByRole('table', { name: 'Wat de kaart nu laat zien' });
    const group = results.getByRole('button', { name: /^\d+ bewoners$/ });
    await group.waitFor();
    expect(Number((await group.textContent())!.split(' ')[0])).toBeGreaterThanOrEqual(5);
    await group.click();
    const members = await page.locator('.member-list > li').allTextContents();
    const me = members.find((member) => member.includes(account.displayName));
    expect(me, 'the resident finds themself in the group').toBeDefined();
    expect(me).toContain('Fietsen repareren');
    expect(members.filter((member) => member.includes('Buurvrouw'))).toHaveLength(4);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('a resident lends out a thing and tells a story, one after another, each checked before it is sent', async () => {
    const { page, problems } = await newPage();
    const account = await logInNewAccount(page);
    const owner = await userId(account.email);

    await page.goto(at('/bijdragen/spullen'));
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    // Nothing chosen: the first problem gets the focus, nothing is sent.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('thing-kind');
    await page.getByLabel('Wat voor spullen?').selectOption({ label: 'Gereedschap' });
    await page.getByLabel('Wat is het?').fill('Boormachine');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Bewaard: Boormachine').waitFor();
    await page.getByRole('listitem', { name: 'Boormachine' }).waitFor();
    // The text goes, the choice stays, for the next thing.
    expect(await page.getByLabel('Wat is het?').inputValue()).toBe('');
    expect(await page.getByLabel('Wat voor spullen?').inputValue()).toBe('tool');

    await page.goto(at('/bijdragen/verhaal'));
    await page.getByLabel('Wat voor verhaal?').selectOption({ label: 'Herinnering' });
    await page.getByLabel('Titel').fill('De kermis van toen');
    await page.getByRole('button', { name: 'Verhaal bewaren' }).click();
    await page.getByText('Schrijf het verhaal op.').waitFor();
    await page.getByLabel('Het verhaal').fill('Elk jaar in september stond de kermis op het plein.');
    await page.getByRole('button', { name: 'Verhaal bewaren' }).click();
    await page.getByText('Bewaard: De kermis van toen').waitFor();

    const { rows } = await pool.query(
      'SELECT type, kind, title, buurt_code FROM assets WHERE created_by = $1 ORDER BY created_at',
      [owner],
    );
    expect(rows).toEqual([
      { type: 'thing', kind: 'tool', title: 'Boormachine', buurt_code: buurt.code },
      { type: 'story', kind: 'memory', title: 'De kermis van toen', buurt_code: buurt.code },
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an organisation is registered with a pin on the map and an offer, its suggestions following each change', async () => {
    // A choir nearby that looks for space to rehearse: the room offered below is suggested to it, and it to the room.
    const choirName = `Koor ${randomUUID().slice(0, 6)}`;
    const board = await signUpAndLogIn(served.app, { displayName: 'Bestuur' });
    const [centre] = addresses;
    await choirLookingForSpace(board, choirName, { lng: centre!.lng, lat: centre!.lat });

    const { page, problems } = await newPage();
    await logInNewAccount(page);
    const name = `Repaircafé ${randomUUID().slice(0, 6)}`;
    await page.goto(at('/bijdragen/organisatie'));
    await page.getByLabel('Naam van de organisatie').fill(name);
    await page.getByLabel('Vereniging of club').check();
    await page.getByRole('button', { name: 'Organisatie aanmelden' }).click();
    await page.getByRole('heading', { name, level: 2 }).waitFor();
    const id = new URL(page.url()).searchParams.get('id');

    const suggestions = page.getByRole('region', { name: 'Voorgesteld voor jullie' });
    await suggestions.getByText('Zet jullie organisatie eerst op de kaart.').waitFor();
    await page.getByLabel('Wat doen jullie?').fill('Samen repareren, elke eerste zaterdag.');
    await clickMap(page, [[0, 0]]);
    await page.getByText('Speld gezet op').waitFor();
    await page.getByRole('button', { name: 'Profiel bewaren' }).click();
    await page.getByText(`Jullie staan op de kaart in ${buurt.name}`).waitFor();
    // Asked again at once: no reload needed to see that the pin counts.
    await expect.poll(() => suggestions.getByText('Zet jullie organisatie eerst op de kaart.').count()).toBe(0);

    await page.getByLabel('Wat is het?').selectOption({ label: 'Wij bieden: een ruimte' });
    await page.getByLabel('Korte omschrijving').fill('Werkplaats met tien tafels');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByRole('listitem', { name: 'Werkplaats met tien tafels' }).waitFor();
    await suggestions.getByRole('heading', { name: new RegExp(`^${choirName}.*ruimte`) }).waitFor();

    const organisation = await pool.query<{ buurt_code: string; has_location: boolean }>(
      'SELECT buurt_code, location IS NOT NULL AS has_location FROM organisations WHERE id = $1',
      [id],
    );
    expect(organisation.rows).toEqual([{ buurt_code: buurt.code, has_location: true }]);
    const offers = await pool.query('SELECT kind, direction, title FROM assets WHERE owner_organisation_id = $1', [id]);
    expect(offers.rows).toEqual([{ kind: 'room', direction: 'offer', title: 'Werkplaats met tien tafels' }]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a park drawn as an area on the map is saved as a closed polygon in its buurt', async () => {
    const { page, problems } = await newPage();
    const account = await logInNewAccount(page);
    const title = `Park ${randomUUID().slice(0, 6)}`;
    await page.goto(at('/bijdragen/plek'));
    await page.getByLabel('Wat voor plek is het?').selectOption('park');
    expect(await page.getByLabel('Als vlak (een gebied, zoals een park)').isChecked()).toBe(true);
    await page.getByLabel('Naam van de plek').fill(title);
    await clickMap(page, [
      [0, -40],
      [40, 0],
      [0, 40],
      [-40, 0],
    ]);
    await page.getByText('Het gebied heeft 4 hoeken.').waitFor();
    expect(await page.locator('path.drawn-area').count()).toBe(1);
    await page.getByRole('button', { name: 'Plek bewaren' }).click();
    await page.getByRole('heading', { name: 'De plek is bewaard' }).waitFor();
    await page.getByText(`${title} staat nu op de kaart, in ${buurt.name}.`).waitFor();

    const { rows } = await pool.query<{ type: string; points: number; closed: boolean; buurt_code: string }>(
      `SELECT GeometryType(geom) AS type, ST_NPoints(geom) AS points, ST_IsClosed(ST_ExteriorRing(geom)) AS closed, buurt_code
       FROM assets WHERE created_by = $1 AND title = $2`,
      [await userId(account.email), title],
    );
    expect(rows).toEqual([{ type: 'POLYGON', points: 5, closed: true, buurt_code: buurt.code }]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the API’s refusal of a pin outside Tilburg next to the map, and moves focus there', async () => {
    const { page, problems } = await newPage();
    const account = await logInNewAccount(page);
    await page.goto(at('/bijdragen/plek'));
    await page.getByLabel('Wat voor plek is het?').selectOption('garden');
    await page.getByLabel('Naam van de plek').fill('Tuin ver weg');
    // Zoom out far enough that the map's corner lies outside the municipality.
    const zoomOut = page.locator('.draw-shape-map .leaflet-control-zoom-out');
    for (let step = 0; step < 5; step++) {
      await zoomOut.click();
      await page.waitForTimeout(300);
    }
    const box = (await page.locator('.draw-shape-map__map').boundingBox())!;
    await page.mouse.click(box.x + 30, box.y + box.height - 30);
    await page.getByText('Speld gezet op').waitFor();
    await page.getByRole('button', { name: 'Plek bewaren' }).click();

    const error = page.locator('#place-shape-error');
    await error.waitFor();
    expect(await error.innerText()).toBe('Deze speld staat niet in een buurt van Tilburg. Zet hem binnen een buurt.');
    const field = page.getByRole('group', { name: 'De plek op de kaart', exact: true });
    expect(await field.getAttribute('aria-describedby')).toContain('place-shape-error');
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
    const { rows } = await pool.query('SELECT 1 FROM assets WHERE created_by = $1', [await userId(account.email)]);
    expect(rows).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
