import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { Agenda } from '../../web/src/api/agendas.ts';
import { grantConnectorArea, signUpAdmin } from '../helpers/admin.ts';
import { addItem, cellCentreIn } from '../helpers/assets.ts';
import { closeChecked, describeInChromium, serveAppToSuite } from '../helpers/browser.ts';
import { signUpAndLogIn, type TestAccount } from '../helpers/client.ts';

// A wijk no other test uses: Carla is its buurtverbinder, Omar runs an organisation there with a hall to offer, and
// Rita lives there.
const WIJK = 'WK085543';
const YEAR = new Date().getFullYear();
const AMBITION = 'Een ontmoetingsplek voor jong en oud';
const AMBITION_EDITED = 'Een warme ontmoetingsplek voor jong en oud';
const URGENCY = 'Sinds de bibliotheek dicht is, is er geen plek meer waar buren elkaar zomaar tegenkomen.';

describeInChromium(
  'the buurtagenda in Chromium: started from the profile, worked on by its participants, published and printed',
  { timeout: 90_000 },
  () => {
    let wijkName: string;
    let connector: TestAccount;
    let owner: TestAccount;
    let resident: TestAccount;
    let organisationName: string;
    let roomTitle: string;
    let agendaId: string;

    const served = serveAppToSuite();
    beforeAll(async () => {
      const wijk = await served.app.pg.query<{ name: string; buurt: string }>(
        'SELECT w.name, (SELECT min(b.code) FROM buurten b WHERE b.wijk_code = w.code) AS buurt FROM wijken w WHERE w.code = $1',
        [WIJK],
      );
      wijkName = wijk.rows[0]!.name;
      const buurt = wijk.rows[0]!.buurt;
      // Against a database server that outlives a run: this year's agenda of the wijk is started again.
      await served.app.pg.query('DELETE FROM agendas WHERE wijk_code = $1 AND year = $2', [WIJK, YEAR]);

      const admin = await signUpAdmin(served.app);
      connector = await signUpAndLogIn(served.app, { displayName: 'Carla' });
      await grantConnectorArea(admin, connector, WIJK);

      owner = await signUpAndLogIn(served.app, { displayName: 'Omar' });
      organisationName = `Stichting De Ster ${Date.now()}`;
      const organisation = await owner.client.post('/api/organisations', {
        name: organisationName,
        kind: 'association',
      });
      expect(organisation.statusCode, organisation.body).toBe(201);
      const located = await owner.client.patch(`/api/organisations/${organisation.json().id}`, {
        location: await cellCentreIn(served.app, buurt),
      });
      expect(located.statusCode, located.body).toBe(200);
      roomTitle = `Buurtzaal De Ster ${Date.now()}`;
      await addItem(owner, {
        type: 'organisation-item',
        kind: 'room',
        title: roomTitle,
        tags: ['hosting'],
        ownerOrganisationId: organisation.json().id,
      });

      resident = await signUpAndLogIn(served.app, { displayName: 'Rita' });
      expect((await resident.client.patch('/api/me', { homeBuurtCode: buurt })).statusCode).toBe(200);
    }, 120_000);

    const { at } = served;

    function itemCard(page: Page, ambition = AMBITION) {
      return page.getByRole('article', { name: ambition });
    }

    it('the connector starts the agenda from the wijk’s profile, writes the urgency and adds an item resting on the scan', async () => {
      const page = await served.newPage({ as: connector });
      await page.goto(at(`/wijk/${WIJK}`));
      await page.getByRole('heading', { name: 'Buurtagenda', level: 2 }).waitFor();
      await page.getByText(`${wijkName} heeft nog geen buurtagenda die je kunt zien.`).waitFor();
      await page.getByRole('button', { name: `Start de buurtagenda ${YEAR}` }).click();

      await page.getByRole('heading', { name: `Buurtagenda ${wijkName} ${YEAR}`, level: 1 }).waitFor();
      agendaId = new URL(page.url()).pathname.split('/').at(-1)!;
      expect(new URL(page.url()).pathname).toBe(`/agenda/${agendaId}`);
      await page.getByText('Concept', { exact: true }).waitFor();
      // The seven building blocks, in order.
      const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
      expect(headings.filter((text) => /^\d\. /.test(text)).map((text) => text.slice(0, 2))).toEqual([
        '1.',
        '2.',
        '3.',
        '4.',
        '5.',
        '6.',
        '7.',
      ]);

      await page.getByRole('button', { name: 'Urgentie bewerken' }).click();
      await page.getByRole('textbox', { name: 'De urgentie' }).fill(URGENCY);
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
      await page.getByText(URGENCY).waitFor();

      // The scan, from the profile: what deviates most, each with its source and year.
      const agenda = (await connector.client.get(`/api/agendas/${agendaId}?lang=nl`)).json() as Agenda;
      expect(agenda.scan.length).toBeGreaterThan(0);
      const first = agenda.scan[0]!;
      const scan = page.getByRole('table', {
        name: `Wat in ${wijkName} het meest afwijkt van ${agenda.municipality.name}`,
      });
      const row = scan.getByRole('row', { name: new RegExp(`^${first.label}`) });
      expect(await row.getByRole('cell').last().textContent()).toBe(`${first.source}, ${first.year}`);

      await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
      const form = page.getByRole('form', { name: 'Agendapunt toevoegen' });
      await form.getByLabel('Ambitie').fill(AMBITION);
      // A next step dated in the past.
      await form.getByLabel('Volgende stap', { exact: true }).fill('Rondgang met bewoners');
      await form.getByLabel('Datum van de volgende stap').fill('2020-03-01');
      expect(await form.getByLabel('Thema').inputValue()).toBe(first.theme);
      await form.getByRole('group', { name: 'Uit de buurtscan' }).getByRole('checkbox', { name: first.label }).check();
      await form.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
      await page.getByRole('status').filter({ hasText: 'Het agendapunt is toegevoegd.' }).waitFor();

      const card = itemCard(page);
      expect(await card.locator('.agenda-item__status .agenda-status').textContent()).toBe('Idee');
      // Its date has passed: said in words, not by colour alone.
      expect(await card.locator('.agenda-item__next').innerText()).toMatch(
        /Volgende stap: Rondgang met bewoners \(uiterlijk 1 maart 2020\) te laat$/,
      );
      const evidence = card.getByRole('listitem').filter({ hasText: first.label });
      expect(await evidence.textContent()).toContain(`${first.source}, ${first.year}`);

      // Dropping needs a reason: said beside the field, nothing sent.
      await card.getByLabel('Status', { exact: true }).selectOption('dropped');
      await card.getByRole('button', { name: 'Status wijzigen' }).click();
      await card.getByText('Geef een reden waarom het vervalt.').waitFor();
      await closeChecked(page);
    });

    it('an organisation in the wijk pledges its hall, choosing only from what it owns', async () => {
      const page = await served.newPage({ as: owner });
      await page.goto(at(`/agenda/${agendaId}`));
      const card = itemCard(page);
      await card.getByRole('button', { name: 'Iets toezeggen' }).click();
      const form = card.getByRole('form', { name: `Toezeggen aan: ${AMBITION}` });
      const choice = form.getByLabel('Wat zeg je toe');
      await choice.locator('option', { hasText: roomTitle }).waitFor({ state: 'attached' });
      expect(await choice.locator('option').allTextContents()).toEqual([
        'Kies…',
        `${roomTitle} (${organisationName})`,
        organisationName,
      ]);
      await choice.selectOption({ label: `${roomTitle} (${organisationName})` });
      await form.getByLabel('Wat precies').fill('De zaal op dinsdagavond');
      await form.getByRole('button', { name: 'Toezeggen' }).click();
      await page.getByRole('status').filter({ hasText: 'Je toezegging staat bij het agendapunt.' }).waitFor();
      const pledge = card.getByRole('listitem').filter({ hasText: 'De zaal op dinsdagavond' });
      expect(await pledge.textContent()).toContain(`van ${organisationName}`);
      expect(await pledge.textContent()).toContain('toegezegd');
      await closeChecked(page);
    });

    it('a resident of the wijk supports the item, and can take it back', async () => {
      const page = await served.newPage({ as: resident, width: 375, height: 800 });
      await page.goto(at(`/agenda/${agendaId}`));
      const card = itemCard(page);
      await card.getByText('0 steunbetuigingen').waitFor();
      await card.getByRole('button', { name: `Steun: ${AMBITION}` }).click();
      await card.getByText('1 steunbetuiging', { exact: true }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Je steunt dit agendapunt.' }).waitFor();
      await card.getByRole('button', { name: `Steun intrekken: ${AMBITION}` }).click();
      await card.getByText('0 steunbetuigingen').waitFor();
      await page.getByRole('status').filter({ hasText: 'Steun ingetrokken.' }).waitFor();
      await card.getByRole('button', { name: `Steun: ${AMBITION}` }).click();
      await card.getByText('1 steunbetuiging', { exact: true }).waitFor();
      expect(await card.getByRole('button', { name: `Steun intrekken: ${AMBITION}` }).isVisible()).toBe(true);
      // Residents work with the document, not on it.
      expect(await page.getByRole('button', { name: 'Publiceren' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Agendapunt toevoegen' }).count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await closeChecked(page);
    });

    it('a draft is hidden from visitors; the connector edits the ambition, compares the versions and publishes', async () => {
      const visitor = await served.newPage();
      await visitor.goto(at(`/agenda/${agendaId}`));
      await visitor.getByText('Deze buurtagenda bestaat niet, of is nog een concept').waitFor();
      await closeChecked(visitor);

      const page = await served.newPage({ as: connector });
      await page.goto(at(`/agenda/${agendaId}`));
      const card = itemCard(page);
      await card.getByRole('button', { name: 'Agendapunt bewerken' }).click();
      const form = card.getByRole('form', { name: `Bewerk: ${AMBITION}` });
      await form.getByLabel('Ambitie').fill(AMBITION_EDITED);
      await form.getByRole('button', { name: 'Wijziging opslaan' }).click();
      await page.getByRole('status').filter({ hasText: 'De wijziging is opgeslagen als nieuwe versie.' }).waitFor();

      const edited = itemCard(page, AMBITION_EDITED);
      await edited.getByText('Eerdere versies').click();
      await edited.getByLabel('Vergelijk de huidige tekst met').waitFor();
      expect(await edited.locator('.agenda-diff ins').allTextContents()).toEqual(['warme ']);
      expect(await edited.locator('.agenda-diff del').allTextContents()).toEqual([]);

      await page.getByRole('button', { name: 'Publiceren' }).click();
      await page.getByRole('status').filter({ hasText: 'De buurtagenda is gepubliceerd.' }).waitFor();
      await page.getByText('Gepubliceerd', { exact: true }).waitFor();

      // On paper: the document without its forms and buttons, the scan as a table.
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'Afdrukken / PDF' }).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Terug naar concept' }).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Agendapunt toevoegen' }).isVisible()).toBe(false);
      expect(
        await page
          .locator('.agenda form')
          .evaluateAll((forms) => forms.filter((form) => (form as HTMLElement).offsetParent !== null).length),
      ).toBe(0);
      expect(await page.locator('table.agenda-scan').isVisible()).toBe(true);
      expect(await edited.isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await closeChecked(page);
    });

    it('once published, a visitor without an account reads it on a phone, and the profile shows its progress', async () => {
      const page = await served.newPage({ width: 375, height: 800 });
      await page.goto(at(`/wijk/${WIJK}`));
      const link = page.getByRole('link', { name: `Buurtagenda ${wijkName} ${YEAR}` });
      await link.waitFor();
      const progress = page.getByRole('table', { name: `Agendapunten van Buurtagenda ${wijkName} ${YEAR} per status` });
      expect(await progress.getByRole('row', { name: /^Idee/ }).getByRole('cell').textContent()).toBe('1');
      await page.getByText('Toezeggingen: 0 van 1 gebruikt').waitFor();
      await page.getByText('1 steunbetuiging', { exact: true }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

      await link.click();
      await page.getByRole('heading', { name: `Buurtagenda ${wijkName} ${YEAR}`, level: 1 }).waitFor();
      await page.getByText(URGENCY).waitFor();
      const card = itemCard(page, AMBITION_EDITED);
      await card.getByText('De zaal op dinsdagavond').waitFor();
      expect(await card.getByRole('button').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await closeChecked(page);
    });

    it('the overview of all agendas, in the header for everyone, lists it with its progress and leads to it', async () => {
      const page = await served.newPage({ width: 375, height: 800 });
      await page.goto(at(`/wijk/${WIJK}`));
      await page.getByRole('button', { name: 'Menu' }).click();
      await page
        .getByRole('navigation', { name: 'Menu' })
        .getByRole('link', { name: "Buurtagenda's", exact: true })
        .click();
      await page.getByRole('heading', { name: "Buurtagenda's", level: 1 }).waitFor();

      const row = page.getByRole('article', { name: `Buurtagenda ${wijkName} ${YEAR}` });
      await row.getByText('1 agendapunt (Idee: 1)').waitFor();
      await row.getByText('Toezeggingen: 0 van 1 gebruikt').waitFor();
      await row.getByText('1 steunbetuiging', { exact: true }).waitFor();
      expect(await row.getByText('Gepubliceerd', { exact: true }).count()).toBe(1);
      expect(await row.getByRole('link', { name: `Wijk ${wijkName}` }).getAttribute('href')).toBe(`/wijk/${WIJK}`);
      // A visitor sees no drafts, so there is nothing to filter.
      expect(await page.getByRole('group', { name: 'Toon' }).count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

      await row.getByRole('link', { name: `Buurtagenda ${wijkName} ${YEAR}`, exact: true }).click();
      await page.getByRole('heading', { name: `Buurtagenda ${wijkName} ${YEAR}`, level: 1 }).waitFor();
      await closeChecked(page);
    });
  },
);
