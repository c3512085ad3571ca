import { beforeAll, expect, it } from 'vitest';
import type { Kompas } from '../../web/src/api/kompas.ts';
import { openSurveyRound, signUpAdmin } from '../helpers/admin.ts';
import { closeChecked, describeInChromium, serveAppToSuite } from '../helpers/browser.ts';
import { signUpAndLogIn, type TestAccount } from '../helpers/client.ts';

// A buurt no other test uses, with a survey round of its own (a municipality-wide one would change what other tests
// read): last year six residents gave 6, this year ten give 8.
const BUURT = 'BU08553702';
const WIJK = 'WK085537';
const RESIDENTS = 10;

describeInChromium(
  "a buurt's profile in Chromium: kompas, what it has, its residents' grades and words, printable",
  { timeout: 60_000 },
  () => {
    let kompas: Kompas;
    let roundTitle: string;
    let storyTitle: string;
    let admin: TestAccount;
    let reporter: TestAccount;
    let observationBody: string;

    const served = serveAppToSuite();
    beforeAll(async () => {
      admin = await signUpAdmin(served.app);
      const residents: TestAccount[] = [];
      for (let i = 0; i < RESIDENTS; i++) {
        const resident = await signUpAndLogIn(served.app, { displayName: `Bewoner ${i}` });
        expect((await resident.client.patch('/api/me', { homeBuurtCode: BUURT })).statusCode).toBe(200);
        residents.push(resident);
      }

      // Last year's round, closed: six answers of 6 (written directly: a round cannot be opened in the past).
      const { rows } = await served.app.pg.query<{ id: string }>(
        `INSERT INTO survey_rounds (area_type, area_code, title, opens_at, closes_at, opened_by)
       VALUES ('buurt', $1, 'Buurtpeiling vorig jaar', now() - interval '13 months', now() - interval '12 months', $2) RETURNING id`,
        [BUURT, admin.id],
      );
      for (const resident of residents.slice(0, 6)) {
        await served.app.pg.query(
          `INSERT INTO survey_answers (round_id, user_id, buurt_code, physical, social, nuisance, safety, overall, trend, answered_at)
         VALUES ($1, $2, $3, 6, 6, 6, 6, 6, 'same', now() - interval '12 months' - interval '1 day')`,
          [rows[0]!.id, resident.id, BUURT],
        );
      }

      // This year's round, through the API: ten answers of 8, two with words.
      roundTitle = `Buurtpeiling ${Date.now()}`;
      const roundId = await openSurveyRound(admin, 'buurt', BUURT, roundTitle);
      for (const [index, resident] of residents.entries()) {
        const comment =
          index === 0 ? 'Het speelveld is opgeknapt.' : index === 1 ? 'Meer ontmoeting bij de bakker.' : undefined;
        const answered = await resident.client.post(`/api/survey-rounds/${roundId}/answers`, {
          physical: 8,
          social: 8,
          nuisance: 8,
          safety: 8,
          overall: 8,
          trend: 'better',
          ...(comment ? { comment } : {}),
        });
        expect(answered.statusCode, answered.body).toBe(201);
      }

      // A story told about the buurt.
      const tag = (await served.app.pg.query<{ key: string }>('SELECT key FROM tags ORDER BY key LIMIT 1')).rows[0]!
        .key;
      storyTitle = `De oude bakkerij ${Date.now()}`;
      const story = await residents[0]!.client.post('/api/assets', {
        type: 'story',
        kind: 'history',
        title: storyTitle,
        description: 'Hier werd tot 1970 brood gebakken voor de hele buurt.',
        tags: [tag],
        buurtCode: BUURT,
      });
      expect(story.statusCode, story.body).toBe(201);

      // Something that could be better, pinned in the buurt, for a neighbour to report.
      observationBody = `Losliggende tegels bij het plein ${Date.now()}`;
      await served.app.pg.query(
        `INSERT INTO observations (user_id, kind, body, location, buurt_code)
       SELECT $1, 'could-be-better', $2, ST_PointOnSurface(b.geom), b.code FROM buurten b WHERE b.code = $3`,
        [residents[2]!.id, observationBody, BUURT],
      );
      reporter = residents[3]!;
      // Nine older ones, so that the list shows the newest eight and a button for all ten.
      await served.app.pg.query(
        `INSERT INTO observations (user_id, kind, body, location, buurt_code, created_at)
       SELECT $1, 'goes-well', 'Fijne buren ' || n, ST_PointOnSurface(b.geom), b.code, now() - n * interval '1 day'
       FROM buurten b CROSS JOIN generate_series(1, 9) AS n WHERE b.code = $2`,
        [residents[4]!.id, BUURT],
      );

      const response = await served.app.inject({ method: 'GET', url: `/api/areas/buurten/${BUURT}/kompas?lang=nl` });
      expect(response.statusCode).toBe(200);
      kompas = response.json() as Kompas;
    }, 180_000);

    const { at } = served;

    it('opens from the buurt on the map and shows its kompas among the buurten, the grades with the change since last year, its words and its story', async () => {
      const page = await served.newPage();
      await page.goto(at(`/?buurt=${BUURT}`));
      await page.getByRole('link', { name: 'Profiel van de buurt' }).click();
      await page.getByRole('heading', { name: `Profiel van ${kompas.area.name}`, level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/buurt/${BUURT}`);

      // The loaded files have CBS figures per wijk only: said so, with the way to the wijk's profile.
      await page.getByText('het geladen bestand had alleen wijkcijfers').waitFor();
      const wijkLink = page.getByRole('link', { name: `Profiel van de wijk ${kompas.wijk.name}` }).first();
      expect(await wijkLink.getAttribute('href')).toBe(`/wijk/${WIJK}`);

      // The kompas table, among the buurten: coverage of skill domains needs no inhabitants, so a buurt has it; CBS
      // density is per wijk only, so "no data". (Grades in the kompas come from municipality-wide rounds only.)
      const table = page.getByRole('table', {
        name: new RegExp(`^${kompas.area.name} naast ${kompas.municipality.name}`),
      });
      await table.waitFor();
      const coverage = kompas.quarters
        .flatMap((q) => q.themes.flatMap((t) => t.indicators))
        .find((i) => i.key === 'skill-domain-coverage')!;
      const coverageRow = table.getByRole('row', { name: new RegExp(`^${coverage.label}`) });
      expect((await coverageRow.getByRole('cell').first().textContent())?.replace(/\s/g, '')).toBe(
        `${String(coverage.value).replace('.', ',')}%`,
      );
      const density = table.getByRole('row', { name: /^Bevolkingsdichtheid/ });
      expect(await density.getByRole('cell').first().textContent()).toBe('geen gegevens');

      // The residents' grades: ten answers, not indicative, 8 where last year 6: up by 2, and their own words.
      await page.getByText(`Peiling: ${roundTitle}. 10 reacties.`).waitFor();
      expect(await page.getByText('Indicatief').count()).toBe(0);
      const grades = page.getByRole('table', {
        name: `Gemiddelde rapportcijfers van bewoners van ${kompas.area.name}`,
      });
      const overall = grades.getByRole('row', { name: /^Totaal/ });
      const cells = await overall.getByRole('cell').allTextContents();
      expect(cells[0]).toBe('8');
      expect(cells[1]).toContain('hoger met');
      expect(cells[1]).toContain('2');
      await page.getByText('Het speelveld is opgeknapt.').waitFor();
      await page
        .getByText('De buurt gaat vooruit volgens 10, blijft gelijk volgens 0 en gaat achteruit volgens 0 bewoners.')
        .waitFor();

      // The other buurten of the wijk, each a link to its profile.
      const others = page.getByRole('navigation', { name: `Andere buurten van ${kompas.wijk.name}` });
      const sibling = kompas.wijk.buurten.find((buurt) => buurt.code !== BUURT)!;
      expect(await others.getByRole('link', { name: sibling.name, exact: true }).getAttribute('href')).toBe(
        `/buurt/${sibling.code}`,
      );
      expect(await others.getByRole('link').count()).toBe(kompas.wijk.buurten.length - 1);

      // What the buurt has, and its story, opened in place.
      await page.getByRole('heading', { name: `Wat ${kompas.area.name} heeft`, level: 2 }).waitFor();
      const stories = page.getByRole('heading', { name: 'Verhalen', level: 2 });
      await stories.waitFor();
      await page.getByText(storyTitle).click();
      await page.getByText('Hier werd tot 1970 brood gebakken voor de hele buurt.').waitFor();
      await closeChecked(page);
    });

    it('lets a neighbour report an observation to the buurt’s moderators, without saying who', async () => {
      const page = await served.newPage({ as: reporter, width: 375, height: 800 });
      await page.goto(at(`/buurt/${BUURT}`));
      const list = page.getByRole('list', { name: /Wat goed gaat en beter kan in/ });
      await page.getByText('9 keer gaat goed, 1 keer kan beter; de nieuwste eerst.').waitFor();
      expect(await list.getByRole('listitem').count()).toBe(8);
      const more = page.getByRole('button', { name: 'Toon alle 10' });
      await more.click();
      expect(await list.getByRole('listitem').count()).toBe(10);
      // The same button folds the list again, and keeps the focus.
      expect(await page.getByRole('button', { name: 'Toon alleen de nieuwste 8' }).getAttribute('aria-expanded')).toBe(
        'true',
      );
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Toon alleen de nieuwste 8');
      const item = list.getByRole('listitem').filter({ hasText: observationBody });
      await item.getByRole('button', { name: `Melden (melding over: ${observationBody})` }).click();
      const form = item.getByRole('form', { name: 'Melden bij de beheerders' });
      // Sending without a reason says what is missing.
      await form.getByRole('button', { name: 'Melding versturen' }).click();
      await form.getByText('Kies wat er aan de hand is.').waitFor();
      await form.getByRole('radio', { name: 'Kwetsend of beledigend' }).check();
      await form.getByLabel(/^Toelichting/).fill('Noemt de buren bij naam.');
      await form.getByRole('button', { name: 'Melding versturen' }).click();
      await page.getByRole('status').filter({ hasText: 'Dank je wel voor je melding.' }).waitFor();

      // The moderation queue has it, with the reason and the note, and nobody's name.
      const queue = (await admin.client.get('/api/moderation/observations?status=reported')).json() as {
        body: string;
        reports: { reason: string; note: string }[];
      }[];
      const reported = queue.find((entry) => entry.body === observationBody);
      expect(reported?.reports).toEqual([
        expect.objectContaining({ reason: 'offensive', note: 'Noemt de buren bij naam.' }),
      ]);
      expect(JSON.stringify(reported)).not.toContain(reporter.email);
      await closeChecked(page);
    });

    it('prints without the buttons and forms, and fits a phone', async () => {
      const page = await served.newPage({ width: 375, height: 800 });
      await page.goto(at(`/buurt/${BUURT}`));
      await page.getByRole('heading', { name: 'Wat bewoners zeggen', level: 2 }).waitFor();
      await page.getByText(`Peiling: ${roundTitle}. 10 reacties.`).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'Profiel afdrukken' }).isVisible()).toBe(false);
      expect(await page.locator('.app-header').isVisible()).toBe(false);
      // What matters on paper stays: the kompas table, the grades, what the buurt has.
      expect(
        await page
          .getByRole('table', { name: `Gemiddelde rapportcijfers van bewoners van ${kompas.area.name}` })
          .isVisible(),
      ).toBe(true);
      expect(await page.locator('.kompas-table').isVisible()).toBe(true);
      expect(await page.getByRole('heading', { name: `Wat ${kompas.area.name} heeft` }).isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await closeChecked(page);
    });

    it('says so for a buurt that does not exist', async () => {
      const page = await served.newPage();
      await page.goto(at('/buurt/BU99999999'));
      await page.getByText('Deze buurt bestaat niet.').waitFor();
      await closeChecked(page);
    });
  },
);
