import { describe, expect, it } from 'vitest';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import { K_ANONYMITY, KOMPAS_MIN_COUNT } from '../../api/shared/policy.ts';
import { useTestApp } from '../helpers/app.ts';
import { signUpAndLogIn, type TestClient } from '../helpers/client.ts';
import { cellCentreIn } from '../helpers/assets.ts';
import { answerAllWith } from '../helpers/surveys.ts';

// The wijk kompas: CBS figures and the asset kompas against Tilburg.
const app = useTestApp();
type Indicator = {
  key: string;
  family: string;
  value: number | null;
  count: number | null;
  smallCount: boolean;
  reference: number | null;
  referenceIs: string | null;
  index: number | null;
  class: string | null;
  assessment: string | null;
  source: { title: string; year: number };
};
type Kompas = {
  area: { type: string; code: string; name: string };
  wijk: { code: string; name: string; buurten: { code: string; name: string }[] };
  quarters: { key: string; label: string; index: number | null; themes: { key: string; indicators: Indicator[] }[] }[];
};

const kompasOf = async (code: string, lang = 'nl') => {
  const response = await app.inject({
    method: 'GET',
    url: `/api/areas/${code.startsWith('BU') ? 'buurten' : 'wijken'}/${code}/kompas?lang=${lang}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Kompas;
};
const indicator = (kompas: Kompas, key: string) =>
  kompas.quarters.flatMap((q) => q.themes.flatMap((t) => t.indicators)).find((i) => i.key === key)!;

describe('the kompas of a wijk', () => {
  it('scores the CBS figures against Tilburg: index = 100 × value / reference, composition never judged, with source and year', async () => {
    const { rows } = await app.pg.query<{ wijk_code: string; avg_household_size: string }>(
      'SELECT wijk_code, avg_household_size FROM wijk_key_figures WHERE year = 2024 AND avg_household_size IS NOT NULL ORDER BY wijk_code LIMIT 1',
    );
    const kompas = await kompasOf(rows[0]!.wijk_code);
    const size = indicator(kompas, 'household-size');
    expect(size.value).toBe(Number(rows[0]!.avg_household_size));
    expect(size.index).toBeCloseTo((100 * size.value!) / size.reference!, 1);
    expect(size).toMatchObject({
      family: 'figures',
      assessment: null,
      source: { title: expect.stringContaining('kerncijfers'), year: 2024 },
    });
    expect(['municipality', 'mean-of-wijken']).toContain(size.referenceIs);
    const composition = kompas.quarters.find((q) => q.key === 'composition')!;
    expect(composition).toMatchObject({ label: 'Samenstelling', index: null });
    expect((await kompasOf(rows[0]!.wijk_code, 'en')).quarters.find((q) => q.key === 'composition')!.label).toBe(
      'Composition',
    );
  });

  it('says "no data" for a figure CBS did not publish, and never makes one up', async () => {
    const { rows } = await app.pg.query<{ wijk_code: string }>(
      'SELECT wijk_code FROM wijk_key_figures WHERE year = 2024 AND age_65_plus_pct IS NULL LIMIT 1',
    );
    if (rows.length === 0) return; // every wijk has the figure in this data
    const old = indicator(await kompasOf(rows[0]!.wijk_code), 'age-65-plus');
    expect(old).toMatchObject({ value: null, index: null, class: null, assessment: null });
  });

  it('counts the assets live: a new association in the wijk raises its associations per 1,000 inhabitants', async () => {
    const wijk = 'WK085561';
    const { rows } = await app.pg.query<{ inhabitants: number; buurt: string }>(
      'SELECT f.inhabitants, (SELECT min(code) FROM buurten WHERE wijk_code = $1) AS buurt FROM wijk_key_figures f WHERE f.wijk_code = $1 AND f.year = 2024',
      [wijk],
    );
    const before = indicator(await kompasOf(wijk), 'associations-per-1000').value ?? 0;
    const owner = await signUpAndLogIn(app, { displayName: 'Bestuur' });
    const created = (
      await owner.client.post('/api/organisations', { name: 'Buurtvereniging Kompas', kind: 'association' })
    ).json();
    await owner.client.patch(`/api/organisations/${created.id}`, { location: await cellCentreIn(app, rows[0]!.buurt) });
    const after = indicator(await kompasOf(wijk), 'associations-per-1000');
    expect(after.value! - before).toBeCloseTo(1000 / rows[0]!.inhabitants, 2);
    expect(after).toMatchObject({ family: 'assets', source: { title: 'Krachtkaart (berekend uit de kaart)' } });
    // The value rests on a count of associations; fewer than KOMPAS_MIN_COUNT read as that count, with no index.
    expect(after.count).toBe(Math.round((after.value! * rows[0]!.inhabitants) / 1000));
    if (after.count! < KOMPAS_MIN_COUNT) {
      expect(after).toMatchObject({ smallCount: true, index: null, class: null, assessment: null, deviation: null });
    } else {
      expect(after.smallCount).toBe(false);
      expect(after.index).not.toBeNull();
    }
    // Judged: more associations than Tilburg's mean is better, not just "above".
    if (after.class === 'above' || after.class === 'far-above')
      expect(['better', 'much-better']).toContain(after.assessment);
    // A CBS figure is no count of things.
    expect(indicator(await kompasOf(wijk), 'household-size')).toMatchObject({ count: null, smallCount: false });
  });

  it('counts residents with a talent they share publicly, and shows that number only where no one can be picked out, also not by subtraction', async () => {
    // The wijken of Tilburg with their inhabitants and the residents counted now (the oracle: kept counts, CBS figures).
    const wijkenNow = async () =>
      (
        await app.pg.query<{ code: string; buurt: string | null; residents: number; valued: boolean }>(
          `SELECT w.code, (SELECT min(code) FROM buurten WHERE wijk_code = w.code) AS buurt,
                  coalesce(c.n, 0)::integer AS residents, f.inhabitants IS NOT NULL AS valued
           FROM wijken w
           LEFT JOIN kompas_counts c ON c.area_type = 'wijk' AND c.area_code = w.code AND c.what = 'talent'
           LEFT JOIN wijk_key_figures f ON f.wijk_code = w.code AND f.year = 2024 AND f.inhabitants > 0
           WHERE w.municipality_code = 'GM0855' ORDER BY w.code`,
        )
      ).rows;
    // Two wijken with inhabitants where no one is counted yet: k residents in each.
    const [one, other] = (await wijkenNow()).filter((row) => row.valued && row.residents === 0 && row.buurt !== null);
    const talentsIn = async (code: string) => indicator(await kompasOf(code), 'residents-with-talents');
    const shareSkills = async (buurt: string, visibility: string) => {
      const residents = await Promise.all(
        Array.from({ length: K_ANONYMITY }, (_, index) => signUpAndLogIn(app, { displayName: `Talent ${index}` })),
      );
      const skills: string[] = [];
      for (const resident of residents) {
        await resident.client.patch('/api/me', { homeBuurtCode: buurt });
        const skill = { type: 'inventory', kind: 'skill', title: 'Fietsen repareren', tags: [], visibility };
        skills.push((await resident.client.post('/api/assets', skill)).json().id);
      }
      return residents.map((resident, index) => ({ client: resident.client, skill: skills[index]! }));
    };
    const others = await shareSkills(other!.buurt!, 'public');
    const ones = await shareSkills(one!.buurt!, 'neighbours');
    // Shared with everyone with an account, but not publicly as a number: not counted.
    expect(await talentsIn(one!.code)).toMatchObject({ value: 0, count: 0 });

    const publish = (skill: { client: TestClient; skill: string }) =>
      skill.client.patch(`/api/assets/${skill.skill}`, { visibility: 'public' });
    expect((await publish(ones[0]!)).statusCode).toBe(200);
    expect(await talentsIn(one!.code)).toMatchObject({ value: null, count: null, index: null });
    // Nor can the one be had from what is shown: the hidden wijken with residents are at least two, with at least k
    // together (here the other wijk is hidden too), or the municipality's own figure is hidden as well.
    const choropleth = (
      await app.inject({ method: 'GET', url: '/api/indicators/residents-with-talents/wijken?municipality=GM0855' })
    ).json() as { referenceIs: string | null; wijken: { code: string; value: number | null }[] };
    const hidden = (await wijkenNow()).filter(
      (row) =>
        row.valued && row.residents > 0 && choropleth.wijken.find((shown) => shown.code === row.code)!.value === null,
    );
    expect(hidden.map((row) => row.code)).toContain(one!.code);
    expect(choropleth.referenceIs).toBe('municipality');
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(hidden.reduce((sum, row) => sum + row.residents, 0)).toBeGreaterThanOrEqual(K_ANONYMITY);

    for (const skill of ones.slice(1)) await publish(skill);
    // Now k: shown, unless another wijk with fewer (other tests' residents, on a shared database) needs it hidden too.
    const shown = await talentsIn(one!.code);
    const small = (await wijkenNow()).filter((row) => row.residents > 0 && row.residents < K_ANONYMITY);
    if (small.length === 0 || shown.count !== null) {
      expect(shown.count).toBe(K_ANONYMITY);
      expect(shown.value).toBeGreaterThan(0);
    }

    for (const skill of [...ones, ...others])
      expect((await skill.client.delete(`/api/assets/${skill.skill}`)).statusCode).toBe(204);
    expect(await talentsIn(one!.code)).toMatchObject({ value: 0, count: 0 });
  });

  it('shows the residents’ grades of the latest round for the whole municipality, from 5 answers in a wijk, never one hidden wijk alone', async () => {
    const admin = await signUpAndLogIn(app, { displayName: 'Beheer' });
    await adminRepository.makeAdmin(app.pg.pool, admin.email);
    await app.pg.query("DELETE FROM survey_rounds WHERE area_type = 'municipality'");
    const round = (
      await admin.client.post('/api/survey-rounds', {
        areaType: 'municipality',
        areaCode: 'GM0855',
        title: 'Tilburgpeiling',
        closesAt: new Date(Date.now() + 7 * 864e5).toISOString(),
      })
    ).json().id;
    // Five residents of WK085511 give 8, five of WK085510 give 6, four of WK085512 give 9 and three of WK085513 give 7
    // (too few: not shown; two hidden wijken, so neither follows from Tilburg's mean minus the shown ones).
    for (const [buurt, grade, count] of [
      ['BU08551101', 8, 5],
      ['BU08551001', 6, 5],
      ['BU08551201', 9, 4],
      ['BU08551301', 7, 3],
    ] as const) {
      for (let i = 0; i < count; i++) {
        const person = await signUpAndLogIn(app, { displayName: 'Bewoner' });
        expect((await person.client.patch('/api/me', { homeBuurtCode: buurt })).statusCode).toBe(200);
        const answered = await answerAllWith(person, round, grade);
        expect(answered.statusCode, answered.body).toBe(201);
      }
    }
    const high = indicator(await kompasOf('WK085511'), 'grade-overall');
    // Tilburg's mean: all 17 answers, (5 × 8 + 5 × 6 + 4 × 9 + 3 × 7) / 17 = 7.47.
    expect(high).toMatchObject({
      family: 'judgement',
      value: 8,
      reference: 7.47,
      referenceIs: 'municipality',
      index: 107.1,
    });
    expect(indicator(await kompasOf('WK085510'), 'grade-overall')).toMatchObject({
      value: 6,
      index: 80.3,
      assessment: expect.stringMatching(/worse/),
    });
    expect(indicator(await kompasOf('WK085512'), 'grade-overall')).toMatchObject({ value: null, index: null });
    expect(indicator(await kompasOf('WK085513'), 'grade-overall')).toMatchObject({ value: null, index: null });
    // The same per buurt, among the buurten: BU08551101 has its five 8s; four answers in BU08551201 are too few.
    expect(indicator(await kompasOf('BU08551101'), 'grade-overall')).toMatchObject({
      value: 8,
      reference: 7.47,
      referenceIs: 'municipality',
      index: 107.1,
    });
    expect(indicator(await kompasOf('BU08551201'), 'grade-overall')).toMatchObject({
      value: null,
      index: null,
      class: null,
    });
  });

  it('profiles a buurt among the buurten: no CBS figures (CBS publishes none per buurt), the assets that need no inhabitants', async () => {
    const kompas = await kompasOf('BU08551102', 'en');
    expect(kompas.area).toEqual({ type: 'buurt', code: 'BU08551102', name: expect.any(String) });
    expect(kompas.wijk.code).toBe('WK085511');
    const { rows: buurten } = await app.pg.query<{ code: string }>(
      "SELECT code FROM buurten WHERE wijk_code = 'WK085511'",
    );
    expect(kompas.wijk.buurten.map((buurt) => buurt.code).sort()).toEqual(buurten.map((buurt) => buurt.code).sort());
    const tilburg = indicator(await kompasOf('WK085511'), 'household-size').reference;
    // A figure the source lacks stays missing, against Tilburg's own figure.
    expect(indicator(kompas, 'household-size')).toMatchObject({
      value: null,
      index: null,
      class: null,
      reference: tilburg,
      referenceIs: 'municipality',
    });
    expect(indicator(kompas, 'associations-per-1000')).toMatchObject({ value: null, index: null });
    // Coverage of skill domains needs no inhabitants: every buurt has it, classed among the buurten.
    const coverage = indicator(kompas, 'skill-domain-coverage');
    expect(coverage.value).toEqual(expect.any(Number));
    expect(coverage.referenceIs).toBe('municipality');
    const { rows } = await app.pg.query<{ n: number; all: number }>(
      `SELECT count(DISTINCT t.domain_key)::int AS n, (SELECT count(*)::int FROM tag_domains) AS all
       FROM assets i CROSS JOIN unnest(i.tags) AS tag JOIN tags t ON t.key = tag
       WHERE i.buurt_code = 'BU08551102' AND i.type = 'inventory' AND i.visibility <> 'private'
         AND i.kind IN ('skill', 'knowledge', 'gift-head', 'gift-hands', 'gift-heart')`,
    );
    expect(coverage.value).toBeCloseTo((100 * rows[0]!.n) / rows[0]!.all, 1);
    const bad = await app.inject({ method: 'GET', url: '/api/areas/buurten/WK085511/kompas' });
    expect(bad.json().errors[0]).toMatchObject({ field: 'params/code', rule: 'pattern' });
    expect((await app.inject({ method: 'GET', url: '/api/areas/buurten/BU99999999/kompas' })).statusCode).toBe(404);
  });

  it('gives one indicator across all wijken for a choropleth, with class breaks that agree with each wijk’s class', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/indicators/household-size/wijken?lang=en' });
    expect(response.statusCode, response.body).toBe(200);
    const map = response.json() as {
      indicator: { label: string };
      reference: number;
      breaks: number[];
      wijken: { code: string; value: number | null; class: string | null }[];
    };
    expect(map.indicator.label).toBe('Average household size');
    expect(map.wijken).toHaveLength(59);
    const [farBelow, below, above, farAbove] = map.breaks;
    for (const wijk of map.wijken) {
      if (wijk.value === null) {
        expect(wijk.class).toBeNull();
        continue;
      }
      const expected =
        wijk.value <= farBelow!
          ? 'far-below'
          : wijk.value <= below!
            ? 'below'
            : wijk.value < above!
              ? 'average'
              : wijk.value < farAbove!
                ? 'above'
                : 'far-above';
      // On a rounded break the class may fall either side.
      if (![farBelow, below, above, farAbove].some((b) => Math.abs(wijk.value! - b!) < 0.01))
        expect(wijk.class, wijk.code).toBe(expected);
    }
    expect((await app.inject({ method: 'GET', url: '/api/indicators/happiness/wijken' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/indicators/Happy!/wijken' })).json().errors[0]).toMatchObject({
      field: 'params/key',
      rule: 'pattern',
    });
  });

  it('lists every indicator with its family, theme and direction, for the choropleth picker', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/indicators?lang=en' });
    expect(response.statusCode, response.body).toBe(200);
    const list = response.json() as {
      key: string;
      family: string;
      themeLabel: string;
      direction: string;
      source: string | null;
    }[];
    expect(new Set(list.map((row) => row.family))).toEqual(new Set(['figures', 'assets', 'judgement']));
    expect(list.find((row) => row.key === 'household-size')).toMatchObject({
      family: 'figures',
      direction: 'descriptive',
      source: expect.stringContaining('2024'),
    });
    expect(list.find((row) => row.key === 'associations-per-1000')).toMatchObject({
      family: 'assets',
      direction: 'higher-better',
      source: null,
    });
  });

  it('names the field for a bad or unknown code', async () => {
    const bad = await app.inject({ method: 'GET', url: '/api/areas/wijken/Fatima/kompas' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'params/code', rule: 'pattern' });
    const unknown = await app.inject({ method: 'GET', url: '/api/areas/wijken/WK999999/kompas' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().errors[0]).toMatchObject({ field: 'params/code', rule: 'exists' });
  });
});
