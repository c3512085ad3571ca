import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BuurtCollection } from '../../web/src/api/areas.ts';
import type { Organisation } from '../../web/src/api/organisations.ts';
import { MANY_SIGNUPS_RATE_LIMITS } from '../helpers/app.ts';
import { describeInChromium, openHeaderMenu, openPage, serveAppToSuite } from '../helpers/browser.ts';
import { buurtAroundItsCentre } from '../helpers/buurten.ts';
import { testPool } from '../helpers/db.ts';
import { startTestLocatieserver, type TestAddress } from '../helpers/locatieserver.ts';
import { tokenIn } from '../helpers/outbox.ts';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp.ts';
import { smtpTransport, type MailTransport } from '../../api/mail/mail.transport.ts';
import { outboxJob } from '../../api/mail/outbox.worker.ts';
import { startScheduler, type Scheduler } from '../../api/shared/scheduler.ts';
import { hashToken } from '../../api/shared/tokens.ts';
import { lngLatBboxOf } from '../../web/src/geo.ts';

const PAGE_TIMEOUT_MS = 10_000;
const PASSWORD = 'een zin van vijf woorden';

interface Account {
  email: string;
  password: string;
  displayName: string;
}

interface WatchedPage {
  page: Page;
  /** Closes the page, failing the test if anything on it broke the Content-Security-Policy or threw uncaught. */
  close: () => Promise<void>;
}

// A local geocoder that speaks PDOK Locatieserver's protocol; a test puts its invented addresses in.
const addresses: TestAddress[] = [];
const geocoder = await startTestLocatieserver(addresses);
afterAll(() => geocoder.close());

describeInChromium('the account pages in Chromium', { timeout: 30_000 }, () => {
  let pool: pg.Pool;
  let buurten: BuurtCollection;

  // Every test signs up from the same loopback address: allow more sign-ups per address than the production
  // limit (the limits themselves are tested in tests/api). Log-in keeps its real limits.
  const served = serveAppToSuite({}, { rateLimits: MANY_SIGNUPS_RATE_LIMITS, geocoderUrl: geocoder.url });
  const { at } = served;
  // Mail really leaves in the password reset test: the server's outbox job sends it through SMTP to a mail server
  // the suite starts (only while that test runs: the outbox page's test looks at a message still waiting).
  let smtp: TestSmtpServer;
  let transport: MailTransport;
  beforeAll(async () => {
    pool = testPool();
    const response = await fetch(new URL('/api/areas/buurten', served.url));
    buurten = (await response.json()) as BuurtCollection;
    smtp = await startSmtpServer();
    transport = smtpTransport(smtp.url, 'Krachtkaart <noreply@localhost>');
  }, 120_000);

  afterAll(async () => {
    transport?.close();
    await smtp?.close();
    await pool?.end();
  });

  /** The newest mail of a subject that the mail server received for an address (waits for it). */
  async function mailArrived(email: string, subject: RegExp) {
    for (let waited = 0; waited < 20_000; waited += 100) {
      const mail = smtp.messages
        .filter(
          (message) => message.to && JSON.stringify(message.to).includes(email) && subject.test(message.subject ?? ''),
        )
        .at(-1);
      if (mail) return mail;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no mail "${subject.source}" to ${email} arrived at the mail server`);
  }

  async function open(path: string, size?: { width: number; height: number }): Promise<WatchedPage> {
    const page = await openPage(served.browser, size);
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    const problems: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await page.goto(at(path));
    return {
      page,
      close: async () => {
        expect(problems).toEqual([]);
        await page.close();
      },
    };
  }

  function newAccount(): Account {
    const id = randomUUID();
    return { email: `kk-${id}@example.org`, password: PASSWORD, displayName: `Bewoner ${id.slice(0, 6)}` };
  }

  /** Setup through the API in the page's own cookie jar: an account, logged in unless told otherwise. */
  async function createAccount(page: Page, { logIn = true, language = 'nl' } = {}): Promise<Account> {
    const account = newAccount();
    const csrf = (await (await page.request.get(at('/api/auth/csrf-token'))).json()) as { token: string };
    const headers = { 'x-csrf-token': csrf.token };
    const signup = await page.request.post(at('/api/auth/signup'), { headers, data: { ...account, language } });
    expect(signup.status()).toBe(202);
    if (logIn) {
      const login = await page.request.post(at('/api/auth/login'), {
        headers,
        data: { email: account.email, password: account.password },
      });
      expect(login.status()).toBe(200);
    }
    return account;
  }

  async function latestMessage(email: string, kind: string): Promise<string> {
    const { rows } = await pool.query<{ body: string }>(
      'SELECT body FROM outbox_messages WHERE to_address = $1 AND kind = $2 ORDER BY created_at DESC LIMIT 1',
      [email, kind],
    );
    expect(rows, `a ${kind} message to ${email}`).toHaveLength(1);
    return rows[0]!.body;
  }

  async function logInThroughForm(page: Page, email: string, password: string): Promise<void> {
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  }

  it('a newcomer signs up, is welcomed with the way to the talents questionnaire, and the header shows their name', async () => {
    const { page, close } = await open('/');
    const account = newAccount();
    await (await openHeaderMenu(page)).getByRole('link', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { name: 'Aanmelden', level: 1 }).waitFor();

    await page.getByLabel('E-mailadres').fill(account.email);
    await page.getByLabel('Naam').fill(account.displayName);
    await page.getByLabel('Wachtwoord').fill(account.password);
    await page.getByRole('button', { name: 'Account maken' }).click();

    // Not a settings page: a short welcome that leads to the talents questionnaire, or to the map.
    await page.waitForURL(at('/welkom'));
    await page.getByRole('heading', { name: 'Welkom bij Krachtkaart', level: 1 }).waitFor();
    await page.getByText(`Fijn dat je er bent, ${account.displayName}!`).waitFor();
    const toInventory = page.getByRole('link', { name: 'Zet je talenten op de kaart' });
    expect(await toInventory.getAttribute('href')).toBe('/bijdragen/talenten');
    expect(await page.getByRole('link', { name: 'Eerst rondkijken op de kaart' }).getAttribute('href')).toBe('/');
    expect(await page.getByLabel('Huidig wachtwoord').count()).toBe(0);
    await page.getByRole('link', { name: 'je profiel.' }).click();
    await page.getByRole('heading', { name: 'Mijn profiel', level: 1 }).waitFor();
    const nameLink = (await openHeaderMenu(page)).getByRole('link', { name: `Mijn profiel: ${account.displayName}` });
    await nameLink.waitFor();
    expect(await nameLink.isVisible()).toBe(true);
    expect(await nameLink.innerText()).toContain(account.displayName);
    expect(await (await openHeaderMenu(page)).getByRole('link', { name: 'Inloggen' }).count()).toBe(0);
    await page.getByText('(nog niet bevestigd', { exact: false }).waitFor();

    // The welcome e-mail's link confirms the address.
    const welcome = await latestMessage(account.email, 'welcome');
    await page.goto(at(`/bevestigen?token=${tokenIn(welcome)}`));
    await page.getByRole('heading', { name: 'Je e-mailadres is bevestigd' }).waitFor();
    await page.getByRole('link', { name: 'Naar je profiel' }).click();
    await page.getByText('(bevestigd)').waitFor();
    await close();
  });

  it('a wrong password shows one clear error next to the form, the right one logs in', async () => {
    const { page, close } = await open('/inloggen');
    const account = await createAccount(page, { logIn: false });

    await logInThroughForm(page, account.email, 'niet het goede wachtwoord');
    const alert = page.getByRole('alert').filter({ hasText: 'E-mail of wachtwoord klopt niet.' });
    await alert.waitFor();
    // One message for the form, focused so it is read out; no field is marked as the wrong one.
    expect(await alert.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    expect(await page.locator('.field__error').count()).toBe(0);

    await page.getByLabel('Wachtwoord', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL(at('/'));
    await (await openHeaderMenu(page)).getByRole('link', { name: `Mijn profiel: ${account.displayName}` }).waitFor();
    await close();
  });

  it('too many log-in attempts say in how many minutes to try again', async () => {
    const { page } = await open('/inloggen');
    await page.route('**/api/auth/login', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'content-type': 'application/json', 'retry-after': '150' },
        body: JSON.stringify({
          statusCode: 429,
          error: 'Too Many Requests',
          message: 'Too many attempts.',
          requestId: 'x',
        }),
      }),
    );
    await logInThroughForm(page, 'iemand@example.org', 'wat dan ook');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Te veel pogingen, probeer het over 3 minuten opnieuw.' })
      .waitFor();
    await page.close();
  });

  it('a resident sets their buurt and, with consent, their home location on the small map or by their address, and sees both after a reload, never as coordinates', async () => {
    const { page, close } = await open('/');
    await createAccount(page);
    const buurt = buurtAroundItsCentre(buurten, { minAreaM2: 200_000, marginShare: 1 / 10 });
    await page.goto(at('/profiel'));

    const buurtSelect = page.getByLabel('Buurt', { exact: true });
    await buurtSelect.selectOption(buurt.properties.code);
    await page.getByRole('button', { name: 'Buurt opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
    await page.reload();
    expect(await buurtSelect.inputValue()).toBe(buurt.properties.code);

    // Saving without a point or consent names both problems, and focus goes to the first.
    await page.getByRole('button', { name: 'Woonplek opslaan' }).click();
    const consent = page.getByLabel('Ik ga akkoord met deze tekst');
    await page.getByText('Vink aan dat je akkoord gaat').waitFor();
    await page.getByText('Zoek eerst je adres of postcode, of kies een punt op de kaart.').waitFor();
    expect(await consent.getAttribute('aria-invalid')).toBe('true');
    expect(await consent.evaluate((element) => element === document.activeElement)).toBe(true);

    await page.getByText('Alleen jij ziet dit punt.').waitFor();
    await consent.check();
    // The address search stands above the map once the instance's settings are in: measure the map after it.
    const search = page.getByRole('combobox', { name: 'Zoek je adres of postcode' });
    await search.waitFor();
    const map = page.locator('.home-location-map__map');
    await map.scrollIntoViewIfNeeded();
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('path.home-point').waitFor({ state: 'attached' });
    await page.getByText('Punt gekozen op de kaart. Nog niet opgeslagen.').waitFor();
    await page.getByRole('button', { name: 'Woonplek opslaan' }).click();
    await page.getByText(`Je woonplek is opgeslagen. Je buurt is nu ${buurt.properties.name}.`).waitFor();

    await page.reload();
    await page.getByText(`Je woonplek ligt in buurt ${buurt.properties.name}.`).waitFor();
    await page.getByText(/Je gaf toestemming op/).waitFor();
    expect(await buurtSelect.isDisabled()).toBe(true);
    expect(await buurtSelect.inputValue()).toBe(buurt.properties.code);
    await page.locator('path.home-point').waitFor({ state: 'attached' });

    await page.getByRole('button', { name: 'Verwijder mijn woonplek' }).click();
    await page.getByText('Je woonplek en je toestemming zijn verwijderd.').waitFor();
    await page.getByText('Je hebt geen woonplek opgeslagen.').waitFor();
    expect(await buurtSelect.isDisabled()).toBe(false);

    // The address search: typed, chosen with the keyboard, saved with consent; the point is the geocoder's.
    const [west, south, east, north] = lngLatBboxOf(buurt.geometry);
    const [lng, lat] = [(west + east) / 2, (south + north) / 2];
    addresses.push({ id: 'adr-test-3', label: 'Teststraat 3, 5099ZZ Tilburg', type: 'adres', lng, lat });
    await search.fill('teststraat 3');
    await page.getByText('1 adres gevonden').waitFor();
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    await search.press('Enter');
    await page.getByText('Gekozen: Teststraat 3, 5099ZZ Tilburg. Nog niet opgeslagen.').waitFor();
    await consent.check();
    await page.getByRole('button', { name: 'Woonplek opslaan' }).click();
    await page.getByText(`Je woonplek is opgeslagen. Je buurt is nu ${buurt.properties.name}.`).waitFor();
    const section = await page.locator('section[aria-labelledby="home-location-heading"]').innerText();
    expect(section).not.toMatch(/\d+[.,]\d{3,}/);
    await close();
  });

  it('a resident chooses which notification e-mails they get, keeps the choice after a reload, and unsubscribes from a mail’s link at 320 px', async () => {
    const { page, close } = await open('/');
    const account = await createAccount(page);
    await page.goto(at('/profiel#meldingen'));
    await page.getByRole('heading', { name: 'Meldingen per e-mail', level: 2 }).waitFor();
    const messages = page.getByLabel('Nieuw bericht in een gesprek', { exact: false });
    expect(await messages.inputValue()).toBe('immediate');
    await messages.selectOption('daily');
    await page.getByRole('button', { name: 'Keuzes opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Je keuzes zijn opgeslagen.' }).waitFor();
    await page.reload();
    expect(await messages.inputValue()).toBe('daily');

    // The link in a mail: opening the page changes nothing, the button unsubscribes, without being logged in.
    const token = randomUUID().replaceAll('-', '') + 'abcdefgh';
    await pool.query(
      `INSERT INTO unsubscribe_tokens (token_hash, user_id, kind, expires_at)
       SELECT $1, id, 'thread_message', now() + interval '60 days' FROM users WHERE email = $2`,
      [hashToken(token), account.email],
    );
    const narrow = await open(`/afmelden?token=${token}`, { width: 320, height: 640 });
    await narrow.page.getByText('Met deze link meld je je af voor: nieuw bericht in een gesprek').waitFor();
    const mode = async () =>
      (
        await pool.query<{ mode: string }>(
          `SELECT p.mode FROM notification_preferences p JOIN users u ON u.id = p.user_id
           WHERE u.email = $1 AND p.kind = 'thread_message'`,
          [account.email],
        )
      ).rows[0]?.mode;
    expect(await mode()).toBe('daily');
    expect(await narrow.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await narrow.page.getByRole('button', { name: 'Afmelden' }).click();
    await narrow.page.getByText('Je bent afgemeld.').waitFor();
    expect(await mode()).toBe('never');
    // Once only: the link now says it no longer works, and where the settings are.
    await narrow.page.reload();
    await narrow.page.getByText('Deze link werkt niet (meer)').waitFor();
    await narrow.page.getByRole('link', { name: 'Kies zelf welke e-mails je krijgt in je profiel' }).waitFor();
    await narrow.close();
    await close();
  });

  it('a resident downloads their data as a JSON file with their e-mail, deletes the account, and cannot log in afterwards', async () => {
    const { page, close } = await open('/');
    const account = await createAccount(page);
    await page.goto(at('/mijn-gegevens'));

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download mijn gegevens' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^krachtkaart-mijn-gegevens-.*\.json$/);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as unknown;
    expect(JSON.stringify(exported)).toContain(account.email);

    // A wrong password is caught after the confirmation step, next to the password field.
    const password = page.getByLabel('Je wachtwoord, ter controle');
    await password.fill('niet mijn wachtwoord');
    await page.getByRole('button', { name: 'Account verwijderen…' }).click();
    await page.getByRole('heading', { name: 'Weet je het zeker?' }).waitFor();
    await page.getByRole('button', { name: 'Ja, verwijder mijn account' }).click();
    await page.getByText('Dit is niet je wachtwoord.').waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');

    await password.fill(account.password);
    await page.getByRole('button', { name: 'Account verwijderen…' }).click();
    await page.getByRole('button', { name: 'Ja, verwijder mijn account' }).click();
    await page.waitForURL(at('/'));
    await page.getByText('Je account en je gegevens zijn verwijderd.').waitFor();
    await (await openHeaderMenu(page)).getByRole('link', { name: 'Inloggen' }).waitFor();

    await page.goto(at('/inloggen'));
    await logInThroughForm(page, account.email, account.password);
    await page.getByRole('alert').filter({ hasText: 'E-mail of wachtwoord klopt niet.' }).waitFor();
    await close();
  });

  it('field errors on sign-up are shown next to their field and announced (a too-short password, an invalid address)', async () => {
    const { page } = await open('/aanmelden');
    await page.getByLabel('E-mailadres').fill(newAccount().email);
    await page.getByLabel('Naam').fill('Kees');
    const password = page.getByLabel('Wachtwoord');
    await password.fill('kort');
    await page.getByRole('button', { name: 'Account maken' }).click();

    const message = 'Kies een wachtwoord van minstens 10 tekens.';
    await page.getByText(message).waitFor({ state: 'visible' });
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await password.getAttribute('aria-describedby'))!.split(' ');
    const descriptions = await Promise.all(describedBy.map((id) => page.locator(`#${id}`).innerText()));
    expect(descriptions).toContain(message);
    expect(await password.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBeNull();

    // The API checks the address; its 400 lands beside the e-mail field, in Dutch.
    await password.fill(PASSWORD);
    const email = page.getByLabel('E-mailadres');
    await email.fill('geen-adres');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await page.getByText('Vul een e-mailadres in, zoals naam@voorbeeld.nl.').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await password.getAttribute('aria-invalid')).toBeNull();
    expect(await email.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.close();
  });

  it('the pages work in English after switching language, and changing the account language switches the interface', async () => {
    const { page, close } = await open('/inloggen');
    const account = await createAccount(page, { logIn: false, language: 'nl' });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.getByLabel('E-mail address').fill(account.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'E-mail or password is not right.' }).waitFor();
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.waitForURL(at('/'));

    // The language chosen in this browser wins over the account's Dutch.
    await (await openHeaderMenu(page)).getByRole('link', { name: `My profile: ${account.displayName}` }).click();
    await page.getByRole('heading', { name: 'My profile', level: 1 }).waitFor();
    await page.getByText('I give Krachtkaart my home location').waitFor();
    await page.getByRole('heading', { name: 'Where you are logged in' }).waitFor();
    await page.getByText('This device').waitFor();

    await page.getByLabel('Language', { exact: true }).selectOption('en');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByLabel('Language', { exact: true }).selectOption('nl');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Mijn profiel', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByRole('button', { name: 'English' }).click();

    await (await openHeaderMenu(page)).getByRole('link', { name: 'My data' }).click();
    await page.getByRole('heading', { name: 'My data', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Download my data' }).waitFor();
    await (await openHeaderMenu(page)).getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(at('/'));
    await page.getByText('You are logged out.').waitFor();
    await (await openHeaderMenu(page)).getByRole('link', { name: 'Sign up' }).click();
    await page.getByRole('heading', { name: 'Sign up', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Create account' }).click();
    expect(await page.getByText('Please fill this in.').count()).toBe(3);
    await close();
  });

  it('the map page and the profile page cause no Content-Security-Policy violation', async () => {
    const { page, close } = await open('/');
    await page
      .locator('path.buurt-shape')
      .nth(buurten.features.length - 1)
      .waitFor({ state: 'attached' });
    await (await openHeaderMenu(page)).getByRole('button', { name: 'Over de data' }).click();
    await page.getByRole('button', { name: 'Sluiten' }).click();
    await createAccount(page);
    await page.goto(at('/profiel'));
    await page.locator('.home-location-map__map .leaflet-pane').first().waitFor({ state: 'attached' });
    await page.getByRole('heading', { name: 'Waar je bent ingelogd' }).waitFor();
    // Violations are reported asynchronously; give them a moment to arrive.
    await page.waitForTimeout(300);
    await close();
  });

  it('the header folds into a menu on a 375 px wide screen and still shows who is logged in', async () => {
    const { page } = await open('/', { width: 375, height: 720 });
    const account = await createAccount(page);
    await page.reload();
    const menu = page.getByRole('button', { name: 'Menu' });
    const nameLink = page.getByRole('link', { name: `Mijn profiel: ${account.displayName}` });
    expect(await page.getByRole('button', { name: 'Lijst' }).isVisible()).toBe(true);
    expect(await nameLink.isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await nameLink.click();
    await page.getByRole('heading', { name: 'Mijn profiel', level: 1 }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
    await page.close();
  });

  it('a forgotten password is replaced through the link of the mail that arrives, which ends the other sessions and then no longer works', async () => {
    const scheduler: Scheduler = startScheduler(served.app.pg.pool, [outboxJob(transport, { everyMs: 200 })], {
      log: served.app.log,
      tickMs: 200,
    });
    const { page, close } = await open('/inloggen');
    const account = await createAccount(page, { logIn: false });
    // A session elsewhere (another browser), which the new password must end.
    const elsewhere = await served.browser.newContext();
    const elsewhereHeaders = {
      'x-csrf-token': ((await (await elsewhere.request.get(at('/api/auth/csrf-token'))).json()) as { token: string })
        .token,
    };
    const loggedIn = await elsewhere.request.post(at('/api/auth/login'), {
      headers: elsewhereHeaders,
      data: { email: account.email, password: account.password },
    });
    expect(loggedIn.status()).toBe(200);
    expect((await elsewhere.request.get(at('/api/me'))).status()).toBe(200);
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    // The log-in page stays until the next page has loaded: wait for it, or the address goes into the old form.
    await page.getByRole('heading', { name: 'Wachtwoord vergeten', level: 1 }).waitFor();
    await page.getByLabel('E-mailadres').fill(account.email);
    await page.getByRole('button', { name: 'Stuur de link' }).click();
    await page.getByRole('heading', { name: 'Kijk in je inbox' }).waitFor();

    // The mail as the mail server received it: both parts carry the link, and it points at this app.
    const mail = await mailArrived(account.email, /wachtwoord/i).finally(() => scheduler.stop());
    expect(mail.from?.text).toContain('noreply@localhost');
    const link = /https?:\/\/\S+\/wachtwoord-herstellen\?token=[A-Za-z0-9_-]+/.exec(mail.text ?? '')?.[0];
    expect(link, mail.text).toBeDefined();
    expect(String(mail.html)).toContain(`token=${tokenIn(link!)}`);
    const resetPath = `/wachtwoord-herstellen?token=${tokenIn(link!)}`;
    const newPassword = 'een ander lang wachtwoord';
    await page.goto(at(resetPath));
    await page.getByLabel('Nieuw wachtwoord').fill(newPassword);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('heading', { name: 'Je wachtwoord is veranderd' }).waitFor();
    expect((await elsewhere.request.get(at('/api/me'))).status()).toBe(401);
    await elsewhere.close();
    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await page.getByRole('heading', { name: 'Inloggen', level: 1 }).waitFor();
    await logInThroughForm(page, account.email, newPassword);
    // Logged in, the page goes on to the map; the menu opened before that would close again.
    await page.waitForURL(at('/'));
    await (await openHeaderMenu(page)).getByRole('link', { name: `Mijn profiel: ${account.displayName}` }).waitFor();

    await page.goto(at(resetPath));
    await page.getByLabel('Nieuw wachtwoord').fill('nog een ander wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('heading', { name: 'Deze link werkt niet meer' }).waitFor();
    await page.getByRole('link', { name: 'Vraag een nieuwe link aan' }).waitFor();
    await close();
  });

  it('an invitee who is logged out logs in from the invitation page, comes back, and accepts', async () => {
    const owner = await open('/');
    await createAccount(owner.page);
    const csrf = (await (await owner.page.request.get(at('/api/auth/csrf-token'))).json()) as { token: string };
    const headers = { 'x-csrf-token': csrf.token };
    const organisationName = `Repair Café ${randomUUID().slice(0, 4)}`;
    const created = await owner.page.request.post(at('/api/organisations'), {
      headers,
      data: { name: organisationName, kind: 'association' },
    });
    expect(created.status()).toBe(201);
    const organisation = (await created.json()) as Organisation;

    const { page, close } = await open('/');
    const invitee = await createAccount(page, { logIn: false });
    const invited = await owner.page.request.post(at(`/api/organisations/${organisation.id}/invitations`), {
      headers,
      data: { email: invitee.email },
    });
    expect(invited.status()).toBe(201);
    await owner.page.close();

    await page.goto(at(`/uitnodiging?token=${tokenIn(await latestMessage(invitee.email, 'organisation_invitation'))}`));
    await page.getByRole('link', { name: 'Inloggen en terugkomen' }).click();
    await page.getByText('Log in om verder te gaan.').waitFor();
    await logInThroughForm(page, invitee.email, invitee.password);
    await page.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
    await page.getByText(`Je bent nu lid van ${organisationName}.`).waitFor();
    await page.getByRole('link', { name: 'Naar je profiel' }).click();
    await page.getByRole('heading', { name: 'Je organisaties' }).waitFor();
    await close();
  });

  it('the outbox is refused to a resident and shown to an administrator from the administration page, newest first, with clickable links', async () => {
    const { page, close } = await open('/');
    const account = await createAccount(page);
    await page.goto(at('/beheer/outbox'));
    await page.getByText('Deze pagina is alleen voor beheerders.').waitFor();
    expect(await (await openHeaderMenu(page)).getByRole('link', { name: 'Beheer' }).count()).toBe(0);

    await pool.query('UPDATE users SET is_admin = true WHERE email = $1', [account.email]);
    await page.goto(at('/'));
    await (await openHeaderMenu(page)).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { name: 'Beheer', level: 1 }).waitFor();
    await page.getByRole('list', { name: "Beheerpagina's" }).getByRole('link', { name: 'Uitgaande e-mail' }).click();
    await page.getByRole('heading', { name: 'Uitgaande e-mail', level: 1 }).waitFor();
    const table = page.getByRole('table');
    const rows = table.locator('tbody tr');
    await rows.first().waitFor();
    const times = await table
      .locator('tbody .outbox-table__created time')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('datetime')!));
    expect(times.length).toBeGreaterThan(0);
    expect([...times].sort().reverse()).toEqual(times);

    const row = rows.filter({ hasText: account.email });
    expect(await row.count()).toBe(1);
    await row.getByText('Toon bericht').click();
    const link = row.getByRole('link', { name: /\/bevestigen\?token=/ });
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^http:\/\/localhost:3000\/bevestigen\?token=[\w-]+$/);

    // Without a mail server the page says so, and why the links are shown; each message's status is a word.
    await page
      .getByRole('note')
      .getByText('Er is geen mailserver ingesteld (SMTP_URL): er wordt niets verstuurd.')
      .waitFor();
    await row.getByText('Wacht op verzending').waitFor();
    await row.getByText('0 pogingen').waitFor();
    await page.getByLabel('Toon', { exact: true }).selectOption({ label: 'Mislukt' });
    await page.getByText(account.email).waitFor({ state: 'detached' });
    await pool.query(
      "UPDATE outbox_messages SET status = 'failed', last_error = '550 mailbox unavailable' WHERE to_address = $1",
      [account.email],
    );
    await page.getByLabel('Toon', { exact: true }).selectOption({ label: 'Alle berichten' });
    await row.getByText('Mislukt').waitFor();
    await row.getByText('Laatste fout: 550 mailbox unavailable').waitFor();
    await row.getByRole('button', { name: /^Opnieuw versturen/ }).click();
    await page.getByRole('status').getByText(`Het bericht aan ${account.email} staat weer klaar`).waitFor();
    await row.getByText('Wacht op verzending').waitFor();

    // At 320 px the page itself does not scroll sideways; the table scrolls in its own region.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await close();
  });
});
