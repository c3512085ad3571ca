import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { beforeAll, expect, it } from 'vitest';
import { grantConnectorArea, signUpAdmin } from '../helpers/admin.ts';
import { cellCentreIn, offset } from '../helpers/assets.ts';
import { describeInChromium, logInInPage, openPage, serveAppToSuite } from '../helpers/browser.ts';
import { buurtNameOf } from '../helpers/buurten.ts';
import { signUpAndLogIn, type TestAccount } from '../helpers/client.ts';

const PAGE_TIMEOUT_MS = 10_000;

// Koolhoven-Zuid (BU08555702): no other test works there.
const BUURT = 'BU08555702';

describeInChromium('the moderation queue in Chromium', { timeout: 60_000 }, () => {
  let connector: TestAccount;
  let buurtName: string;

  const served = serveAppToSuite();
  beforeAll(async () => {
    const admin = await signUpAdmin(served.app);
    connector = await signUpAndLogIn(served.app, { displayName: 'Verbinder Koolhoven' });
    await grantConnectorArea(admin, connector, BUURT);
    buurtName = await buurtNameOf(served.app, BUURT);
  }, 120_000);

  const { at } = served;

  /** A resident pins a "could be better" with a photo through the API, as the form sends it. */
  async function pinWithPhoto(body: string): Promise<string> {
    const author = await signUpAndLogIn(served.app, { displayName: 'Schrijver' });
    const point = offset(await cellCentreIn(served.app, BUURT), 20, -10);
    const photo = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    const boundary = `----krachtkaart${randomUUID()}`;
    const fields = { kind: 'could-be-better', body, lng: String(point.lng), lat: String(point.lat) };
    const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="p.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      photo,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    );
    const token = (await author.client.get('/api/auth/csrf-token')).json().token as string;
    const created = await author.client.request('POST', '/api/observations', Buffer.concat(parts), {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'x-csrf-token': token,
    });
    expect(created.statusCode, created.body).toBe(201);
    return created.json().id as string;
  }

  async function publicIds(): Promise<string[]> {
    const response = await fetch(at(`/api/observations?buurt=${BUURT}`));
    return ((await response.json()) as { id: string }[]).map((item) => item.id);
  }

  async function loadedImage(page: Page, name: string): Promise<boolean> {
    const image = page.getByRole('img', { name });
    await image.waitFor();
    return image.evaluate(
      (element) => (element as HTMLImageElement).complete && (element as HTMLImageElement).naturalWidth > 0,
    );
  }

  it('lets the connector of the buurt see a report, hide the post with a reason, find it under "hidden" with its log, and show it again', async () => {
    const body = `Graffiti met een naam erin ${randomUUID().slice(0, 6)}`;
    const id = await pinWithPhoto(body);
    const reporter = await signUpAndLogIn(served.app, { displayName: 'Melder' });
    expect(
      (
        await reporter.client.post(`/api/observations/${id}/reports`, {
          reason: 'personal-data',
          note: 'Er staat een volledige naam op',
        })
      ).statusCode,
    ).toBe(201);

    const page = await openPage(served.browser, { width: 375, height: 800 });
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    await logInInPage(page, served.url, connector.email, connector.password);
    await page.goto(at('/moderatie'));
    await page.getByRole('heading', { name: 'Moderatie', level: 1 }).waitFor();

    // The header menu leads here too.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Moderatie' }).waitFor();
    await page.keyboard.press('Escape');

    const filter = page.getByRole('navigation', { name: 'Toon' });
    expect(await filter.getByRole('link', { name: 'Gemeld' }).getAttribute('aria-current')).toBe('page');
    const reported = page.getByRole('list', { name: 'Berichten: Gemeld' });
    const card = reported.getByRole('article', { name: `Kan beter in ${buurtName}` }).filter({ hasText: body });
    await card.waitFor();
    expect(await card.innerText()).toContain('Persoonsgegevens');
    expect(await card.innerText()).toContain('Er staat een volledige naam op');
    expect(await card.innerText()).not.toContain('Melder');
    expect(await loadedImage(page, `Foto bij het bericht: ${body}`)).toBe(true);

    // Hiding needs a reason.
    await card.getByRole('button', { name: /^Verbergen/ }).click();
    const hideForm = card.getByRole('form', { name: `Verbergen: bericht in ${buurtName}` });
    await hideForm.getByLabel('Waarom verberg je dit?').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await hideForm.getByRole('button', { name: 'Verbergen' }).click();
    await hideForm.getByText('Vul dit in.').waitFor();
    await hideForm.getByLabel('Waarom verberg je dit?').fill('Een naam herkenbaar in beeld');
    await hideForm.getByRole('button', { name: 'Verbergen' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Verborgen. Je vindt het onder ‘Verborgen’.' });
    await status.waitFor();
    await reported.getByText(body).waitFor({ state: 'detached' });
    expect(await publicIds()).not.toContain(id);

    // Under "hidden", with the photo the public no longer gets, and the log.
    await filter.getByRole('link', { name: 'Verborgen' }).click();
    const hiddenCard = page
      .getByRole('list', { name: 'Berichten: Verborgen' })
      .getByRole('article')
      .filter({ hasText: body });
    await hiddenCard.waitFor();
    expect(await hiddenCard.innerText()).toContain('Verborgen door Verbinder Koolhoven');
    expect(await loadedImage(page, `Foto bij het bericht: ${body}`)).toBe(true);
    expect((await fetch(at(`/api/observations/${id}/thumbnail`))).status).toBe(404);
    await hiddenCard.getByText('Logboek').click();
    await hiddenCard.getByRole('listitem').filter({ hasText: 'verborgen door Verbinder Koolhoven' }).waitFor();
    await hiddenCard.getByText('Reden: Een naam herkenbaar in beeld').first().waitFor();

    await hiddenCard.getByRole('button', { name: /^Weer tonen/ }).click();
    await page.getByRole('status').filter({ hasText: 'Het bericht is weer zichtbaar.' }).waitFor();
    await page.getByText(body).waitFor({ state: 'detached' });
    expect(await publicIds()).toContain(id);
    await page.close();
  });
});
