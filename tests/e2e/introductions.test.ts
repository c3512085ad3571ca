import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { addItem, offset, setHome } from '../helpers/assets.ts';
import { bicycleRepairerInPage, neighbourWhoWantsToLearn } from '../helpers/bicycle-repairer.ts';
import {
  describeInChromium,
  logInInPage,
  openHeaderMenu,
  openPage,
  serveAppToSuiteAround,
} from '../helpers/browser.ts';
import { signUpAndLogIn } from '../helpers/client.ts';

// Bomenbuurt Oost (BU08552003): no other test works there.
describeInChromium('warm introductions in Chromium', { timeout: 60_000 }, () => {
  const served = serveAppToSuiteAround('BU08552003');
  const { at } = served;
  const shortId = () => randomUUID().slice(0, 4);

  /** A resident who can repair bicycles, signed up and logged in in the page's cookie jar; returns the API headers. */
  function residentWithSkill(page: Page, displayName: string): Promise<Record<string, string>> {
    return bicycleRepairerInPage(page, served.url, displayName, served.home);
  }

  /** Sends the introduction written in a suggestion's card: the status says who sees it, and the card leaves. */
  async function sendIntroduction(card: Locator, statusIn: Page | Locator, name: string) {
    await card.getByRole('button', { name: 'Kennismaking vragen' }).click();
    await statusIn
      .getByRole('status')
      .filter({ hasText: `Gevraagd: ${name} ziet je vraag in hun inbox.` })
      .waitFor();
    await expect.poll(() => card.count()).toBe(0);
  }

  const bell = (page: Page, state: RegExp) => page.getByRole('button', { name: state });

  it('A asks for an introduction from a suggestion; B sees the bell, accepts in the inbox and writes; A reads it in the thread', async () => {
    const askerName = `Sanne ${shortId()}`;
    const neighbour = await neighbourWhoWantsToLearn(served.app, `Bram ${shortId()}`, served.home);

    // A: the suggestion, the button, the note written for its reader (what A brings), sent.
    const asker = await openPage(served.browser);
    await residentWithSkill(asker, askerName);
    await asker.goto(at('/voor-jou'));
    await asker.getByRole('heading', { name: 'Voorstellen voor jou', level: 1 }).waitFor();
    const card = asker.getByRole('listitem').filter({ hasText: neighbour.displayName });
    await expect.poll(() => card.count()).toBe(1);
    const askButton = card.getByRole('button', { name: /Vraag een kennismaking/ });
    await askButton.click();
    expect(await askButton.getAttribute('aria-expanded')).toBe('true');
    const note = card.getByRole('textbox', { name: `Je briefje aan ${neighbour.displayName}` });
    expect(await note.inputValue()).toBe(
      `Hoi ${neighbour.displayName}, ik kan fietsen repareren en zag dat jij dat wilt leren. Zullen we kennismaken?`,
    );
    // The note has the focus, so the keyboard can write at once.
    expect(await note.evaluate((element) => element === document.activeElement)).toBe(true);
    await note.fill('Hoi! Ik help je graag met banden plakken. Zaterdag?');
    await sendIntroduction(card, asker, neighbour.displayName);

    // B: the bell counts one, the inbox says who asked and that it is asked; B accepts.
    const asked = await openPage(served.browser);
    await logInInPage(asked, served.url, neighbour.email, neighbour.password);
    await asked.goto(at('/'));
    await bell(asked, /Notificaties: 1 nieuw/).waitFor();
    await asked.getByRole('link', { name: 'Kennismakingen' }).click();
    await asked.getByRole('heading', { name: 'Kennismakingen', level: 1 }).waitFor();
    const item = asked.getByRole('listitem').filter({ hasText: askerName });
    await item.waitFor();
    expect(await item.textContent()).toContain('gevraagd');
    expect(await item.textContent()).toContain(`Gevraagd door ${askerName}`);
    expect(await item.textContent()).toContain('Wacht op jouw antwoord');
    await item.getByRole('link', { name: `Kennismaking met ${askerName}` }).click();
    await asked.getByRole('heading', { name: `Kennismaking met ${askerName}`, level: 1 }).waitFor();
    await asked.getByText('Hoi! Ik help je graag met banden plakken. Zaterdag?').waitFor();
    // Reading it brings the bell back to nothing new.
    await bell(asked, /Notificaties: niets nieuw/).waitFor();
    await asked.getByRole('button', { name: 'Ja, graag' }).click();
    await asked.getByRole('status').filter({ hasText: 'Jullie willen allebei kennismaken.' }).waitFor();
    expect(await asked.locator('.introduction__status').textContent()).toContain('geaccepteerd');

    // B writes; the text field empties and the message is in the thread.
    const message = asked.getByRole('textbox', { name: 'Je bericht' });
    await message.fill('Zaterdag om tien uur bij de fietsenmaker?');
    await asked.getByRole('button', { name: 'Versturen' }).click();
    const thread = asked.getByRole('list', { name: 'Berichten, oudste eerst' });
    await thread.getByText('Zaterdag om tien uur bij de fietsenmaker?').waitFor();
    expect(await message.inputValue()).toBe('');

    // A: the bell counts the acceptance and the message; the notification leads to the thread.
    await asker.goto(at('/'));
    await bell(asker, /Notificaties: 2 nieuw/).waitFor();
    await bell(asker, /Notificaties/).click();
    await asker.getByRole('link', { name: new RegExp(`Nieuw bericht: .*${neighbour.displayName}`) }).click();
    await asker.getByRole('heading', { name: `Kennismaking met ${neighbour.displayName}`, level: 1 }).waitFor();
    const askerThread = asker.getByRole('list', { name: 'Berichten, oudste eerst' });
    await askerThread.getByText('Zaterdag om tien uur bij de fietsenmaker?').waitFor();
    expect(await askerThread.textContent()).toContain(`${neighbour.displayName} schreef op`);
    await bell(asker, /Notificaties: niets nieuw/).waitFor();

    // They met.
    await asker.getByRole('button', { name: 'We hebben elkaar ontmoet' }).click();
    await asker.getByRole('status').filter({ hasText: 'Fijn dat jullie elkaar hebben ontmoet!' }).waitFor();
    expect(await asker.locator('.introduction__status').textContent()).toContain('ontmoet');
    await asker.close();
    await asked.close();
  });

  it('a decline is quiet: worded kindly, no notification for the asker; and it all fits a 375 px screen', async () => {
    const askerName = `Noor ${shortId()}`;
    const neighbour = await neighbourWhoWantsToLearn(served.app, `Kees ${shortId()}`, served.home);
    const asker = await openPage(served.browser);
    const headers = await residentWithSkill(asker, askerName);
    const request = await asker.request.post(at('/api/introductions'), {
      headers,
      data: { to: { kind: 'resident', id: neighbour.id }, note: 'Zullen we samen fietsen maken?' },
    });
    expect(request.status()).toBe(201);

    const asked = await openPage(served.browser, { width: 375, height: 740 });
    await logInInPage(asked, served.url, neighbour.email, neighbour.password);
    await asked.goto(at('/kennismakingen'));
    await bell(asked, /Notificaties: 1 nieuw/).waitFor();
    // The bell's popover fits the narrow screen and leads to the introduction.
    await bell(asked, /Notificaties/).click();
    const notification = asked.getByRole('link', { name: new RegExp(`Een vraag om kennis te maken: .*${askerName}`) });
    await notification.waitFor();
    expect(await asked.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const box = await asked.locator('.bell__panel').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    await notification.click();
    await asked.getByRole('heading', { name: `Kennismaking met ${askerName}`, level: 1 }).waitFor();
    await asked.getByRole('button', { name: 'Liever niet' }).click();
    await asked
      .getByRole('status')
      .filter({ hasText: 'Dit gaat niet door. Niemand krijgt daar een bericht over.' })
      .waitFor();
    expect(await asked.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    // The asker hears nothing: no notification, the bell says nothing new; the inbox words it kindly, without blame.
    const notifications = await asker.request.get(at('/api/me/notifications'));
    expect(((await notifications.json()) as { items: unknown[] }).items).toEqual([]);
    await asker.goto(at('/kennismakingen'));
    await bell(asker, /Notificaties: niets nieuw/).waitFor();
    const item = asker.getByRole('listitem').filter({ hasText: neighbour.displayName });
    await item.waitFor();
    expect(await item.textContent()).toContain('gaat niet door');
    await item.getByRole('link').click();
    await asker.getByText(/Dit gaat niet door\. Dat kan allerlei redenen hebben/).waitFor();
    // It is not said who declined.
    expect(await asker.locator('.party-list').textContent()).not.toMatch(/zegt ja|nog geen antwoord/);
    await asker.close();
    await asked.close();
  });

  it('an organisation member asks on its behalf from “Voorgesteld voor jullie”; the resident sees who asks', async () => {
    const volunteer = await signUpAndLogIn(served.app, { displayName: `Vera ${shortId()}` });
    await setHome(volunteer, offset(served.home, -150, 100));
    await addItem(volunteer, {
      type: 'inventory',
      kind: 'skill',
      title: 'Fietsen maken',
      tags: ['bicycle-repair'],
      visibility: 'neighbours',
    });

    const member = await openPage(served.browser);
    const headers = await residentWithSkill(member, `Olga ${shortId()}`);
    const clubName = `Fietsclub ${shortId()}`;
    const club = (await (
      await member.request.post(at('/api/organisations'), { headers, data: { name: clubName, kind: 'association' } })
    ).json()) as { id: string };
    const moved = await member.request.patch(at(`/api/organisations/${club.id}`), {
      headers,
      data: { location: offset(served.home, 100, -100), tags: ['bicycle-repair'] },
    });
    expect(moved.status()).toBe(200);
    const wish = {
      type: 'organisation-item',
      ownerOrganisationId: club.id,
      kind: 'volunteers',
      title: 'Fietsenmakers gezocht',
      tags: ['bicycle-repair'],
    };
    expect((await member.request.post(at('/api/assets'), { headers, data: wish })).status()).toBe(201);

    await member.goto(at(`/bijdragen/organisatie?id=${club.id}`));
    const section = member.getByRole('region', { name: 'Voorgesteld voor jullie' });
    const card = section.getByRole('listitem').filter({ hasText: volunteer.displayName });
    // The suggestions load after the page; on a busy machine that takes longer than expect.poll's default second.
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1);
    await card.getByRole('button', { name: /Vraag een kennismaking/ }).click();
    await card
      .getByRole('textbox', { name: `Je briefje aan ${volunteer.displayName}` })
      .fill('Wil je ons helpen op de fietsdag?');
    await sendIntroduction(card, section, volunteer.displayName);

    const inbox = (await volunteer.client.get('/api/introductions')).json() as {
      parties: { name: string }[];
      canAnswer: boolean;
    }[];
    expect(inbox[0]).toMatchObject({ canAnswer: true, parties: [{ name: clubName }, { name: volunteer.displayName }] });
    await member.close();
  });

  it('a message can be reported and its author blocked; unblocked again on My data; an administrator marks the report handled', async () => {
    const writer = await signUpAndLogIn(served.app, { displayName: `Wim ${shortId()}` });
    const reader = await neighbourWhoWantsToLearn(served.app, `Rita ${shortId()}`, served.home);
    const asked = await writer.client.post('/api/introductions', {
      to: { kind: 'resident', id: reader.id },
      note: 'Zullen we kennismaken?',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const id = (asked.json() as { id: string }).id;
    expect((await reader.client.post(`/api/introductions/${id}/answer`, { answer: 'accept' })).statusCode).toBe(200);
    const spam = `Koop goedkope fietsen op fietsdeals-${shortId()}.example`;
    expect((await writer.client.post(`/api/introductions/${id}/messages`, { body: spam })).statusCode).toBe(201);

    const page = await openPage(served.browser);
    await logInInPage(page, served.url, reader.email, reader.password);
    await page.goto(at(`/kennismakingen/${id}`));
    const message = page
      .getByRole('list', { name: 'Berichten, oudste eerst' })
      .getByRole('listitem')
      .filter({ hasText: spam });
    await message.getByRole('button', { name: `Melden (bericht van ${writer.displayName})` }).click();
    // Sending without a reason names what is missing, and the keyboard lands on it.
    await message.getByRole('button', { name: 'Melding versturen' }).click();
    await message.getByText('Kies wat er aan de hand is.').waitFor();
    await expect
      .poll(() =>
        message
          .getByRole('group', { name: 'Wat is er aan de hand?' })
          .evaluate((element) => element === document.activeElement),
      )
      .toBe(true);
    await message.getByRole('radio', { name: 'Reclame of spam' }).check();
    await message.getByRole('checkbox', { name: `Blokkeer ${writer.displayName} ook` }).check();
    await message.getByRole('button', { name: 'Melding versturen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `en ${writer.displayName} is geblokkeerd` })
      .waitFor();
    // A block closes the conversation: no more writing from here, and the button now offers to unblock.
    expect(await page.getByRole('textbox', { name: 'Je bericht' }).count()).toBe(0);
    await page.getByRole('button', { name: `${writer.displayName} deblokkeren` }).waitFor();

    await (await openHeaderMenu(page)).getByRole('link', { name: 'Mijn gegevens' }).click();
    const blocked = page.getByRole('region', { name: 'Geblokkeerd' });
    await blocked.getByText(writer.displayName, { exact: true }).waitFor();
    await blocked.getByRole('button', { name: `Deblokkeren (${writer.displayName})` }).click();
    await blocked
      .getByRole('status')
      .filter({ hasText: `${writer.displayName} is niet meer geblokkeerd.` })
      .waitFor();
    await blocked.getByText('Je hebt niemand geblokkeerd.').waitFor();
    await page.close();

    const admin = await signUpAndLogIn(served.app, { displayName: 'Beheerder' });
    await served.app.pg.query('UPDATE users SET is_admin = true WHERE id = $1', [admin.id]);
    const adminPage = await openPage(served.browser);
    await logInInPage(adminPage, served.url, admin.email, admin.password);
    await adminPage.goto(at('/'));
    await (await openHeaderMenu(adminPage)).getByRole('link', { name: 'Meldingen' }).click();
    await adminPage.getByRole('heading', { name: 'Meldingen', level: 1 }).waitFor();
    const row = adminPage.getByRole('row').filter({ hasText: spam });
    expect(await row.textContent()).toContain('Reclame of spam');
    expect(await row.textContent()).toContain(`Over: ${writer.displayName}`);
    await row.getByRole('button', { name: /Afgehandeld/ }).click();
    await adminPage.getByRole('status').filter({ hasText: 'De melding is afgehandeld.' }).waitFor();
    await row.getByText(/Afgehandeld op/).waitFor();
    await adminPage.close();
  });

  it('the header fits every width: the bell’s popover on screen from 320 to 1920 px, and at 320 px every menu button too', async () => {
    const writerName = `Pim ${shortId()}`;
    const writer = await signUpAndLogIn(served.app, { displayName: writerName });
    // A long name is what widened the folded menu past a narrow screen.
    const reader = await neighbourWhoWantsToLearn(
      served.app,
      `Lotte van den Heuvel-Bosschaert ${shortId()}`,
      served.home,
    );
    const asked = await writer.client.post('/api/introductions', {
      to: { kind: 'resident', id: reader.id },
      note: 'Zullen we kennismaken?',
    });
    expect(asked.statusCode, asked.body).toBe(201);

    const page = await openPage(served.browser, { width: 320, height: 640 });
    /** The locator's box lies within the screen's width, and the page does not scroll sideways. */
    async function expectOnScreen(locator: Locator): Promise<void> {
      const box = await locator.boundingBox();
      const width = page.viewportSize()!.width;
      expect(box).not.toBeNull();
      expect(box!.x, `left edge at ${width} px`).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, `right edge at ${width} px`).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await logInInPage(page, served.url, reader.email, reader.password);
    await page.goto(at('/'));

    // At 320 px the menu holds the header's buttons, each on screen: "Over de data" opens its dialog.
    await page.getByRole('button', { name: 'Menu' }).click();
    const about = page.getByRole('button', { name: 'Over de data' });
    await expectOnScreen(about);
    await expectOnScreen(page.getByRole('link', { name: new RegExp(reader.displayName) }));
    await about.click();
    const dialog = page.getByRole('dialog', { name: 'Over de data' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await page.getByRole('button', { name: 'Menu' }).click();

    const bellButton = bell(page, /Notificaties: 1 nieuw/);
    const panel = page.locator('.bell__panel');
    for (const width of [320, 375, 1024, 1280, 1536, 1920]) {
      await page.setViewportSize({ width, height: 800 });
      await bellButton.click();
      const notification = panel.getByRole('link', {
        name: new RegExp(`Een vraag om kennis te maken: .*${writerName}`),
      });
      await notification.waitFor();
      await expectOnScreen(panel);
      await expectOnScreen(notification);
      await expectOnScreen(panel.getByRole('link', { name: 'Alle kennismakingen' }));
      // From inside the popover, Escape closes it and the keyboard is back on the bell.
      await page.keyboard.press('Tab');
      expect(await notification.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.press('Escape');
      expect(await panel.isHidden()).toBe(true);
      expect(await bellButton.evaluate((element) => element === document.activeElement)).toBe(true);
    }
    await page.close();
  });
});
