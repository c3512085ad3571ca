import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { signUpAdmin } from '../helpers/admin.ts';
import { MANY_SIGNUPS_RATE_LIMITS } from '../helpers/app.ts';
import { closeChecked, describeInChromium, serveAppToSuite } from '../helpers/browser.ts';
import { buurtNameOf } from '../helpers/buurten.ts';
import { signUpAndLogIn, type TestAccount } from '../helpers/client.ts';

// Hoogvenne's second buurt: granted here, and taken back before the test ends.
const BUURT = 'BU08551102';

describeInChromium('the administration pages in Chromium', { timeout: 60_000 }, () => {
  const served = serveAppToSuite({}, { rateLimits: MANY_SIGNUPS_RATE_LIMITS });
  const { at } = served;
  let admin: TestAccount;
  let buurtName: string;

  beforeAll(async () => {
    admin = await signUpAdmin(served.app);
    buurtName = await buurtNameOf(served.app, BUURT);
  }, 120_000);

  function adminPage(width = 1280): Promise<Page> {
    return served.newPage({ as: admin, width, height: 800 });
  }

  async function rolesInDatabase(userId: string) {
    const { rows } = await served.app.pg.query<{ is_admin: boolean; areas: string[] }>(
      `SELECT u.is_admin, array(SELECT coalesce(buurt_code, wijk_code) FROM connector_areas WHERE user_id = u.id) AS areas
       FROM users u WHERE u.id = $1`,
      [userId],
    );
    return rows[0]!;
  }

  it('an administrator finds an account at 320 px, grants and takes back a buurt through the picker, and makes it administrator', async () => {
    const person = await signUpAndLogIn(served.app, { displayName: `Roos ${randomUUID().slice(0, 6)}` });
    const page = await adminPage(320);
    await page.goto(at('/'));
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Beheer', exact: true }).click();
    await page.getByRole('heading', { name: 'Beheer', level: 1 }).waitFor();
    const hub = page.getByRole('list', { name: "Beheerpagina's" });
    expect(await hub.getByRole('link').allTextContents()).toEqual([
      'Instellingen',
      'Gebieden',
      'Accounts en rollen',
      'Labels (taxonomie)',
      'Meldingen',
      'Uitgaande e-mail',
    ]);
    await hub.getByRole('link', { name: 'Accounts en rollen' }).click();
    await page.getByRole('heading', { name: 'Accounts en rollen', level: 1 }).waitFor();

    await page.getByRole('searchbox', { name: 'Naam of e-mailadres' }).fill(person.email);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const card = page
      .getByRole('list', { name: 'Gevonden accounts' })
      .getByRole('listitem', { name: person.displayName });
    await card.waitFor();
    await expect.poll(() => page.getByRole('list', { name: 'Gevonden accounts' }).locator('> li').count()).toBe(1);
    await card.getByText('Geen bijzondere rol.').waitFor();

    // The picker: by name it shows where the buurt lies; by code, the keyboard picks it.
    await card.getByRole('button', { name: `Maak buurtverbinder voor ${person.displayName}` }).click();
    const picker = card.getByRole('combobox', { name: 'Buurt of wijk' });
    expect(await picker.evaluate((element) => element === document.activeElement)).toBe(true);
    await picker.fill(buurtName);
    const byName = card.getByRole('option', { name: new RegExp(BUURT) });
    expect(await byName.textContent()).toContain('in Hoogvenne');
    await picker.fill(BUURT.toLowerCase());
    await expect.poll(() => card.getByRole('option').count()).toBe(1);
    await picker.press('ArrowDown');
    expect(await card.getByRole('option').getAttribute('aria-selected')).toBe('true');
    await picker.press('Enter');
    expect(await picker.inputValue()).toBe(`${buurtName} (buurt ${BUURT})`);
    await card.getByRole('button', { name: 'Toekennen' }).click();
    await card
      .getByRole('status')
      .filter({ hasText: `is nu buurtverbinder voor ${buurtName}` })
      .waitFor();
    await card.getByText(`Buurtverbinder voor: ${buurtName} (buurt ${BUURT})`).waitFor();
    expect((await rolesInDatabase(person.id)).areas).toEqual([BUURT]);
    // At 320 px nothing sticks out sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await card.getByRole('button', { name: new RegExp(`^Intrekken .*${BUURT}`) }).click();
    await card.getByRole('status').filter({ hasText: 'is geen buurtverbinder meer voor' }).waitFor();
    await card.getByText('Geen bijzondere rol.').waitFor();
    expect((await rolesInDatabase(person.id)).areas).toEqual([]);

    await card.getByRole('button', { name: `Maak beheerder (${person.displayName})` }).click();
    await card
      .getByRole('status')
      .filter({ hasText: `${person.displayName} is nu beheerder.` })
      .waitFor();
    await card
      .getByRole('listitem')
      .filter({ hasText: /^Beheerder$/ })
      .waitFor();
    expect((await rolesInDatabase(person.id)).is_admin).toBe(true);
    await card.getByRole('button', { name: `Geen beheerder meer (${person.displayName})` }).waitFor();
    await closeChecked(page);
  });

  it('the taxonomy page adds a tag, renames it and retires it, after which the inventory and the map filter no longer offer it', async () => {
    const suffix = randomUUID().slice(0, 6);
    const key = `soep-${suffix}`;
    const [cook, make] = [`Soep koken ${suffix}`, `Soep maken ${suffix}`];
    const page = await adminPage();
    await page.goto(at('/beheer/taxonomie'));
    await page.getByRole('heading', { name: 'Labels (taxonomie)', level: 1 }).waitFor();

    await page.getByLabel('Domein').selectOption({ label: 'Eten en koken' });
    await page.getByRole('textbox', { name: 'Code' }).fill(key);
    await page.getByRole('textbox', { name: 'Naam in het Nederlands' }).fill(cook);
    await page.getByRole('textbox', { name: 'Naam in het Engels' }).fill('Making soup');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Label ${cook} is toegevoegd aan Eten en koken.` })
      .waitFor();
    const food = page.getByRole('list', { name: 'Labels in Eten en koken' });
    const tag = food.getByRole('listitem').filter({ hasText: key });
    await tag.getByText(cook, { exact: true }).waitFor();

    await tag.getByRole('button', { name: `Hernoemen (${cook})` }).click();
    await tag.getByRole('textbox', { name: 'Naam in het Nederlands' }).fill(make);
    await tag.getByRole('button', { name: 'Opslaan' }).click();
    await tag
      .getByRole('status')
      .filter({ hasText: `Het label heet nu ${make}.` })
      .waitFor();
    await tag.getByText(make, { exact: true }).waitFor();

    // Offered in the inventory while in use.
    await page.request.patch(at('/api/me'), {
      headers: { 'x-csrf-token': await csrfToken(page) },
      data: { homeBuurtCode: BUURT },
    });
    const offered = () => inventoryOffers(page, make);
    expect(await offered()).toBe(1);
    expect(await mapFilterOffers(page, make)).toBe(1);

    await page.goto(at('/beheer/taxonomie'));
    await tag.getByRole('button', { name: `Uit gebruik nemen (${make})` }).click();
    await tag
      .getByRole('status')
      .filter({ hasText: `${make} is uit gebruik` })
      .waitFor();
    await tag.getByText('Uit gebruik', { exact: true }).waitFor();
    const { rows } = await served.app.pg.query<{ retired: boolean }>(
      'SELECT retired_at IS NOT NULL AS retired FROM tags WHERE key = $1',
      [key],
    );
    expect(rows[0]!.retired).toBe(true);
    expect(await offered()).toBe(0);
    expect(await mapFilterOffers(page, make)).toBe(0);
    await closeChecked(page);
  });

  async function csrfToken(page: Page): Promise<string> {
    return ((await (await page.request.get(at('/api/auth/csrf-token'))).json()) as { token: string }).token;
  }

  /** How many choices named `label` the map's tag filter offers. */
  async function mapFilterOffers(page: Page, label: string): Promise<number> {
    await page.goto(at('/'));
    const select = page.locator('#map-tag');
    await select.locator('option', { hasText: 'Koken' }).first().waitFor({ state: 'attached' });
    return select.locator('option', { hasText: label }).count();
  }

  /** How many buttons named `label` the inventory's skills step offers in the domain "Eten en koken". */
  async function inventoryOffers(page: Page, label: string): Promise<number> {
    await page.goto(at('/bijdragen'));
    await page.getByRole('link', { name: 'Mijn talenten' }).click();
    await page.getByText('Stap 1 van 9: Gaven').waitFor();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByText('Stap 2 van 9: Vaardigheden').waitFor();
    await page.getByLabel('Terrein').selectOption({ label: 'Eten en koken' });
    await page.getByRole('button', { name: 'Koken', exact: true }).waitFor();
    return page.getByRole('button', { name: label, exact: true }).count();
  }
});
