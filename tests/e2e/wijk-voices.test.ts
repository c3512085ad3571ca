import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openSurveyRound, signUpAdmin } from '../helpers/admin.ts';
import { cellCentreIn, setHome } from '../helpers/assets.ts';
import { closeChecked, describeInChromium, serveAppToSuite } from '../helpers/browser.ts';
import { signUpAndLogIn, type TestAccount } from '../helpers/client.ts';

// A wijk and one of its buurten that no other browser test uses.
// A wijk-level round in a wijk no other test uses: a municipality-wide one would change what other tests read.
const WIJK = 'WK085513';
const BUURT = 'BU08551301';

describeInChromium("residents' voices on the wijk profile in Chromium", { timeout: 60_000 }, () => {
  let resident: TestAccount;
  let roundTitle: string;
  let folder: string;
  let photoPath: string;

  const served = serveAppToSuite();
  beforeAll(async () => {
    const admin = await signUpAdmin(served.app);
    roundTitle = `Wijkpeiling ${Date.now()}`;
    await openSurveyRound(admin, 'wijk', WIJK, roundTitle);

    resident = await signUpAndLogIn(served.app, { displayName: 'Rosa' });
    await setHome(resident, await cellCentreIn(served.app, BUURT));

    folder = await mkdtemp(join(tmpdir(), 'kk-voices-'));
    photoPath = join(folder, 'stoep.png');
    await writeFile(
      photoPath,
      await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c2410c' } })
        .png()
        .toBuffer(),
    );
  }, 120_000);

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const { at } = served;

  it('lets a resident answer the open round of the wijk, then add a "Kan beter" with a photo that shows in the list', async () => {
    const page = await served.newPage({ as: resident, width: 375, height: 800 });
    await page.goto(at(`/wijk/${WIJK}`));
    await page.getByRole('heading', { name: 'Wat bewoners zeggen', level: 2 }).waitFor();

    // The latest round of the whole wijk is this one; one answer is too few to show.
    await page.getByText(`Peiling: ${roundTitle}.`).waitFor();

    const form = page.getByRole('form', { name: `Doe mee: ${roundTitle}` });
    await form.waitFor();
    // Sending without grades names what is missing, before anything reaches the API.
    await form.getByRole('button', { name: 'Antwoord versturen' }).click();
    await form.getByRole('alert').getByText('Vul nog in: Veiligheid').waitFor();

    const questions = ['fysieke omgeving', 'kennen en helpen', 'weinig overlast', 'veilig voel je je', 'als geheel'];
    for (const [index, question] of questions.entries()) {
      await form.getByLabel(question).selectOption(String(6 + (index % 3)));
    }
    await form.getByRole('radio', { name: 'Vooruit' }).check();
    await form.getByLabel('Wil je nog iets kwijt?').fill('Meer bankjes in het park graag.');
    await form.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByRole('status').filter({ hasText: 'Dank je wel! Je antwoord is ontvangen.' }).waitFor();

    // The API took it, and does not show a total of one answer.
    const rounds = (await (await page.request.get(at(`/api/survey-rounds?buurt=${BUURT}`))).json()) as {
      title: string;
      responses: number | null;
    }[];
    expect(rounds.find((round) => round.title === roundTitle)?.responses).toBeNull();
    const stored = await served.app.pg.query(
      'SELECT 1 FROM survey_answers a JOIN survey_rounds r ON r.id = a.round_id WHERE r.title = $1',
      [roundTitle],
    );
    expect(stored.rowCount).toBe(1);

    // "Gaat goed / Kan beter": add one with a photo.
    await page.getByRole('heading', { name: 'Gaat goed / Kan beter', level: 2 }).waitFor();
    const add = page.getByRole('form', { name: 'Voeg iets toe' });
    const body = `De stoep bij de school is kapot ${Date.now()}`;
    await add.getByRole('radio', { name: 'Kan beter' }).check();
    await add.getByLabel('Wat zie je?').fill(body);
    await add.getByRole('button', { name: 'Kies het midden van de kaart' }).click();
    await add.getByText('Plek gekozen.').waitFor();
    await add.getByLabel(/^Foto/).setInputFiles(photoPath);
    await add.getByRole('button', { name: 'Toevoegen' }).click();
    await add.getByRole('status').filter({ hasText: 'Toegevoegd. Dank je wel!' }).waitFor();

    const list = page.getByRole('list', { name: /Wat goed gaat en beter kan in/ });
    const item = list.getByRole('listitem').filter({ hasText: body });
    await item.waitFor();
    expect(await item.innerText()).toContain('Kan beter');
    const thumbnail = item.getByRole('img', { name: body });
    await thumbnail.waitFor();
    await expect
      .poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0))
      .toBe(true);

    // Nothing is wider than the phone.
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter(
          (element) =>
            !element.closest('.leaflet-container, .table-scroll') && element.getBoundingClientRect().right > 376,
        )
        .map((element) => `${element.tagName}.${element.className}`)
        .slice(0, 5),
    );
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await closeChecked(page);
  });
});
