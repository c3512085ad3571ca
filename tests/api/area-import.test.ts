import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { AreaFileError, readGeoJsonAreaFile } from '../../api/areas/import/area-file.ts';
import { cbsSource, importAreas, loadAreas, yearInFileName } from '../../api/areas/import/area-import.service.ts';
import { areasRepository } from '../../api/areas/areas.repository.ts';
import { readAreaFile } from '../../api/areas/import/geopackage.ts';
import { figureValue } from '../../api/areas/import/key-figures.ts';
import { areaKompas, indicatorAcrossWijken } from '../../api/kompas/kompas.service.ts';
import { useTestApp } from '../helpers/app.ts';
import { FLAT_POLYGON } from '../helpers/area-files.ts';
import { inRolledBackTransaction, testPool } from '../helpers/db.ts';
import { writeGeoPackage, type GeoPackageFeature } from '../helpers/geopackage.ts';
import { asFile, groningenBuurten, groningenWijken, national } from '../helpers/groningen.ts';

// Importing CBS area files: any gemeente beside Tilburg, each scored against itself. Writes that other tests must not
// see happen in transactions that are rolled back; a refused file never commits anything.

const app = useTestApp();
const pool = testPool();
afterAll(() => pool.end());

const CBS = cbsSource(2024);

async function counts(db: pg.Pool | pg.PoolClient) {
  const { rows } = await db.query<{ municipalities: number; wijken: number; buurten: number; figures: number }>(
    `SELECT (SELECT count(*) FROM municipalities)::int AS municipalities, (SELECT count(*) FROM wijken)::int AS wijken,
            (SELECT count(*) FROM buurten)::int AS buurten, (SELECT count(*) FROM wijk_key_figures)::int AS figures`,
  );
  return rows[0]!;
}

/** What Tilburg's pages answer: a wijk's and a buurt's kompas and the choropleth of every indicator. */
async function tilburgAnswers(db: pg.PoolClient) {
  const keys = ['age-65-plus', 'household-size', 'density', 'associations-per-1000', 'residents-with-talents'];
  return JSON.stringify({
    wijk: await areaKompas(db, 'wijk', 'WK085511', 'nl'),
    buurt: await areaKompas(db, 'buurt', 'BU08551102', 'en'),
    choropleths: await Promise.all(keys.map((key) => indicatorAcrossWijken(db, key, 'nl', 'GM0855'))),
    byDefault: await indicatorAcrossWijken(db, 'density', 'nl'),
  });
}

describe('reading an area file', () => {
  it('recognises each level by its codes, in the spellings of CBS, PDOK and the municipal files', () => {
    const file = readGeoJsonAreaFile(
      'mixed.geojson',
      asFile([
        {
          type: 'Feature',
          properties: { GM_CODE: 'GM0014', GM_NAAM: 'Groningen' },
          geometry: groningenWijken[0]!.geometry,
        },
        groningenWijken[0],
        groningenBuurten[0],
      ]),
    );
    expect(file.areas.map((area) => [area.level, area.code, area.municipalityCode])).toEqual([
      ['municipality', 'GM0014', 'GM0014'],
      ['wijk', groningenWijken[0]!.properties.wijkcode, 'GM0014'],
      ['buurt', groningenBuurten[0]!.properties.buurtcode, 'GM0014'],
    ]);
    expect(file.figureFields).toContain('aantal_inwoners');
    expect(file.areas[1]!.figures?.inhabitants).toBe(groningenWijken[0]!.properties.aantal_inwoners);
  });

  it('title-cases names that a municipal file spells in lower case, and keeps CBS spelling as it is', () => {
    const file = readGeoJsonAreaFile(
      'names.geojson',
      asFile([
        {
          ...groningenBuurten[0],
          properties: { ...groningenBuurten[0]!.properties, buurtnaam: 'oude wijk noord-oost' },
        },
        groningenWijken[1],
      ]),
    );
    expect(file.areas.map((area) => area.name)).toEqual([
      'Oude Wijk Noord-Oost',
      groningenWijken[1]!.properties.wijknaam,
    ]);
  });

  it('turns CBS’s negative "secret / not available" codes into no data, never numbers', () => {
    expect(figureValue(-99999999, true)).toBeNull();
    expect(figureValue(-99997, false)).toBeNull();
    expect(figureValue('12,5', false)).toBe(12.5);
    expect(figureValue(null, true)).toBeNull();
    const file = readGeoJsonAreaFile(
      'secret.geojson',
      asFile([
        { ...groningenWijken[0], properties: { ...groningenWijken[0]!.properties, aantal_inwoners: -99999999 } },
      ]),
    );
    expect(file.areas[0]!.figures?.inhabitants).toBeNull();
  });

  it('keeps only the municipalities asked for, and reads the year from the file name', () => {
    const file = readGeoJsonAreaFile('nl.geojson', JSON.stringify(national), ['GM0014']);
    expect(file.areas).toHaveLength(groningenWijken.length);
    expect(yearInFileName('data/wijkenbuurten_2024_v1.gpkg')).toBe(2024);
    expect(yearInFileName('wijken.geojson')).toBeNull();
  });

  const refused = (text: string, municipalities: string[] = []) => {
    try {
      readGeoJsonAreaFile('bad.geojson', text, municipalities);
    } catch (error) {
      expect(error).toBeInstanceOf(AreaFileError);
      return (error as AreaFileError).problems;
    }
    throw new Error('the file was accepted');
  };

  it('names the file, feature and field of every problem', () => {
    expect(refused('PK\u0003\u0004 not json')).toEqual([
      { where: 'bad.geojson', rule: 'geojson', message: expect.stringContaining('is not JSON') },
    ]);
    expect(refused('{"type":"Feature"}')[0]).toMatchObject({ where: 'bad.geojson', rule: 'geojson' });
    expect(
      refused(asFile([groningenWijken[0]], { crs: { type: 'name', properties: { name: 'EPSG:2154' } } }))[0],
    ).toMatchObject({
      where: 'bad.geojson › crs',
      rule: 'crs',
    });
    const [first, second, third] = groningenBuurten;
    const problems = refused(
      asFile([
        first,
        { ...second, properties: { ...second!.properties, buurtcode: 'BU123' } },
        first,
        { ...second, properties: { ...second!.properties, buurtnaam: '' } },
        { ...third, geometry: { type: 'Point', coordinates: [6.5, 53.2] } },
        { type: 'Feature', properties: { naam: 'x' }, geometry: second!.geometry },
      ]),
    );
    expect(problems.map((problem) => [problem.where, problem.rule])).toEqual([
      ['bad.geojson › feature 2 (BU123) › field buurtcode', 'cbs-code'],
      [`bad.geojson › feature 3 (${first!.properties.buurtcode}) › field buurtcode`, 'unique'],
      [`bad.geojson › feature 4 (${second!.properties.buurtcode})`, 'name'],
      [`bad.geojson › feature 5 (${third!.properties.buurtcode}) › field geometry`, 'polygon'],
      ['bad.geojson › feature 6', 'cbs-code'],
    ]);
    expect(refused(JSON.stringify(national), ['GM9999'])[0]).toMatchObject({ rule: 'empty' });
  });
});

describe('importing a second municipality', () => {
  const wijkFile = () => readGeoJsonAreaFile('groningen-wijken.geojson', asFile(groningenWijken));
  const buurtFile = () => readGeoJsonAreaFile('groningen-buurten.geojson', asFile(groningenBuurten));

  it('scores it against its own municipality and leaves every Tilburg answer as it was, byte for byte', async () => {
    await inRolledBackTransaction(pool, async (client) => {
      const before = await tilburgAnswers(client);
      await loadAreas(client, wijkFile(), { source: CBS });
      await loadAreas(client, buurtFile(), { source: CBS });
      expect(await tilburgAnswers(client)).toBe(before);

      const listed = await areasRepository.listMunicipalities(client);
      expect(listed.map(({ code, wijken, buurten }) => ({ code, wijken, buurten }))).toEqual([
        { code: 'GM0855', wijken: 59, buurten: 251 },
        { code: 'GM0014', wijken: groningenWijken.length, buurten: groningenWijken.length },
      ]);
      expect(listed[1]!.extent[1]).toBeGreaterThan(53);
      const groningen = await areaKompas(client, 'wijk', String(groningenWijken[0]!.properties.wijkcode), 'nl');
      expect(groningen?.municipality).toEqual({ code: 'GM0014', name: 'Groningen' });
      const density = await indicatorAcrossWijken(client, 'density', 'nl', 'GM0014');
      expect(density.municipality).toEqual({ code: 'GM0014', name: 'Groningen' });
      expect(density.wijken).toHaveLength(groningenWijken.length);
      expect(density.wijken.every((wijk) => wijk.code.startsWith('WK0014'))).toBe(true);
      // Groningen's own reference: inhabitants over land area of its wijken, not Tilburg's nor a pooled one.
      const tilburg = await indicatorAcrossWijken(client, 'density', 'nl', 'GM0855');
      expect(density.reference).not.toBe(tilburg.reference);
      expect(density.referenceIs).toBe('municipality');
    });
  });

  it('previews a dry run without writing anything: counts, codes, extent, figures and what is new', async () => {
    const before = await counts(pool);
    const result = await importAreas(pool, wijkFile(), { source: CBS, dryRun: true });
    expect(await counts(pool)).toEqual(before);
    expect(result.written).toBe(false);
    expect(result.changes).toBeNull();
    expect(result.municipalities).toEqual([{ code: 'GM0014', name: 'Groningen', new: true, renamed: null }]);
    const [wijken] = result.levels;
    expect(wijken).toMatchObject({ level: 'wijk', count: groningenWijken.length, renamed: [], missing: [] });
    expect(wijken!.new).toHaveLength(groningenWijken.length);
    const [west, south, east, north] = wijken!.extent;
    expect(west).toBeGreaterThan(6.4);
    expect(east).toBeLessThan(6.8);
    expect(south).toBeGreaterThan(53.1);
    expect(north).toBeLessThan(53.4);
    expect(result.figures.find((figure) => figure.field === 'aantal_inwoners')?.indicators).toContain('density');
  });

  it('changes nothing the second time the same file is imported', async () => {
    await inRolledBackTransaction(pool, async (client) => {
      const first = await loadAreas(client, wijkFile(), { source: CBS });
      expect(first.changes?.wijken.inserted).toBe(groningenWijken.length);
      const again = await loadAreas(client, wijkFile(), { source: CBS });
      expect(again.changes).toEqual({
        municipalities: { inserted: 0, updated: 0 },
        wijken: { inserted: 0, updated: 0 },
        buurten: { inserted: 0, updated: 0 },
        keyFigures: { inserted: 0, updated: 0 },
        retired: { wijken: 0, buurten: 0 },
        restored: { wijken: 0, buurten: 0 },
      });
    });
  });

  it('refuses buurten whose wijk is neither in the file nor loaded, and polygons with no area, changing nothing', async () => {
    const before = await counts(pool);
    await expect(importAreas(pool, buurtFile(), { source: CBS })).rejects.toMatchObject({
      problems: expect.arrayContaining([expect.objectContaining({ rule: 'wijk' })]),
    });
    await expect(
      importAreas(
        pool,
        readGeoJsonAreaFile('flat.geojson', asFile([{ ...groningenWijken[0], geometry: FLAT_POLYGON }])),
        {
          source: CBS,
        },
      ),
    ).rejects.toMatchObject({
      problems: [expect.objectContaining({ rule: 'polygon', where: expect.stringContaining('feature 1') })],
    });
    expect(await counts(pool)).toEqual(before);
  });
});

describe('keeping loaded areas', () => {
  it('moves nothing by a polygon it did not write', async () => {
    await inRolledBackTransaction(pool, async (client) => {
      await client.query(
        `INSERT INTO assets (type, kind, title, description, tags, geom, buurt_code, wijk_code, visibility)
         SELECT 'place', 'meeting-place', 'Buurthuis', 'Een plek', '{}', ST_PointOnSurface(geom), code, wijk_code, 'public'
         FROM buurten WHERE code = 'BU08551101'`,
      );
      // Tivoli in the file has the polygon of its neighbour, where the place is. With keepLoaded Tivoli keeps its own,
      // so the place stays in its buurt.
      const other = await client.query<{ geometry: string }>(
        `SELECT ST_AsGeoJSON(geom) AS geometry FROM buurten WHERE code = 'BU08551101'`,
      );
      const file = readGeoJsonAreaFile(
        'tivoli.geojson',
        asFile([
          {
            type: 'Feature',
            properties: { buurtcode: 'BU08551102', buurtnaam: 'Tivoli', wijkcode: 'WK085511', gemeentecode: 'GM0855' },
            geometry: JSON.parse(other.rows[0]!.geometry) as unknown,
          },
        ]),
      );
      const result = await loadAreas(client, file, { source: CBS, keepLoaded: true });
      expect(result.moves).toEqual({ homes: 0, organisations: 0, assets: 0, observations: 0 });
    });
  });
});

describe('a new year of key figures', () => {
  it('scores the kompas on the latest year loaded for the municipality', async () => {
    await inRolledBackTransaction(pool, async (client) => {
      const tilburg2025 = national.features
        .filter((feature) => feature.properties.gemeentecode === 'GM0855')
        .map((feature) =>
          feature.properties.wijkcode === 'WK085511'
            ? { ...feature, properties: { ...feature.properties, '65plus': 42.5 } }
            : feature,
        );
      const file = readGeoJsonAreaFile('kerncijfers-2025.geojson', asFile(tilburg2025));
      await loadAreas(client, file, { source: cbsSource(2025), keepLoaded: true });
      const kompas = await areaKompas(client, 'wijk', 'WK085511', 'nl');
      const indicators = kompas!.quarters.flatMap((quarter) => quarter.themes.flatMap((theme) => theme.indicators));
      const age = indicators.find((indicator) => indicator.key === 'age-65-plus');
      expect(age?.value).toBe(42.5);
      // Its source and year are the file's, not the code's.
      expect(age?.source).toEqual({
        title: 'Wijk- en buurtkaart 2025, kerncijfers',
        publisher: 'CBS/Kadaster',
        year: 2025,
      });
    });
  });
});

describe('the fuller key figures of the wijk- en buurtkaart, per wijk and per buurt', () => {
  // As the GeoPackage names them: income, benefits, WOZ value, tenure and distances, for wijken and for buurten.
  const fuller = (index: number, inhabitants: number) => ({
    aantal_inwoners: inhabitants,
    percentage_personen_65_jaar_en_ouder: 10 + index,
    aantal_huishoudens: Math.round(inhabitants / 2),
    woningvoorraad: Math.round(inhabitants / 2),
    gemiddelde_woningwaarde: 250 + index,
    percentage_koopwoningen: 40,
    perc_huurwoningen_in_bezit_woningcorporaties: 35,
    // CBS keeps the first wijk's income secret.
    gemiddeld_inkomen_per_inwoner: index === 0 ? -99997 : 30 + index,
    percentage_huishoudens_onder_of_rond_sociaal_minimum: 8,
    aantal_personen_met_een_alg_bijstandsuitkering_tot: 20,
    aantal_personen_met_een_ao_uitkering_totaal: 30,
    huisartsenpraktijk_gemiddelde_afstand_in_km: 0.5 + index / 10,
    grote_supermarkt_gemiddelde_afstand_in_km: 0.7,
    basisonderwijs_gemiddelde_afstand_in_km: 0.4,
  });
  const wijken = groningenWijken.slice(0, 4).map((feature, index) => ({
    ...feature,
    properties: { ...feature.properties, ...fuller(index, 2000) },
  }));
  const buurten = groningenBuurten.slice(0, 4).map((feature, index) => ({
    ...feature,
    properties: { ...feature.properties, ...fuller(index, 1000 + index * 100) },
  }));
  const indicatorsOf = (kompas: Awaited<ReturnType<typeof areaKompas>>) =>
    new Map(
      kompas!.quarters.flatMap((quarter) =>
        quarter.themes.flatMap((theme) => theme.indicators.map((indicator) => [indicator.key, indicator] as const)),
      ),
    );

  it('gives a buurt its own figures, scored against its municipality, and offers every indicator the file carries', async () => {
    await inRolledBackTransaction(pool, async (client) => {
      const before = await tilburgAnswers(client);
      const file = readGeoJsonAreaFile('groningen-2024.geojson', asFile([...wijken, ...buurten]));
      const result = await loadAreas(client, file, { source: CBS });
      expect(result.figures.find((figure) => figure.field === 'gemiddeld_inkomen_per_inwoner')?.indicators).toEqual([
        'income-per-inhabitant',
      ]);
      expect(await tilburgAnswers(client)).toBe(before);

      const buurt = String(groningenBuurten[1]!.properties.buurtcode);
      const indicators = indicatorsOf(await areaKompas(client, 'buurt', buurt, 'nl'));
      expect(indicators.get('age-65-plus')?.value).toBe(11);
      expect(indicators.get('woz-value')).toMatchObject({ value: 251, referenceIs: 'municipality' });
      expect(indicators.get('gp-distance')).toMatchObject({ value: 0.6, direction: 'lower-better' });
      expect(indicators.get('social-assistance-per-1000')?.value).toBeCloseTo((1000 * 20) / 1100, 1);
      // One wijk's income is secret: no data there, so Groningen has no income figure of its own and the buurten's
      // mean is the reference.
      expect(indicators.get('income-per-inhabitant')).toMatchObject({ value: 31, referenceIs: 'mean-of-buurten' });
      const secret = indicatorsOf(
        await areaKompas(client, 'buurt', String(groningenBuurten[0]!.properties.buurtcode), 'nl'),
      );
      expect(secret.get('income-per-inhabitant')?.value).toBeNull();
      // The municipality's WOZ value: the dwelling-weighted mean of its wijken.
      expect(indicators.get('woz-value')?.reference).toBeCloseTo(251.5, 2);

      // Tilburg's files carry none of these: its kompas does not offer them, not even as "no data".
      const tilburg = indicatorsOf(await areaKompas(client, 'wijk', 'WK085511', 'nl'));
      expect(tilburg.has('income-per-inhabitant')).toBe(false);
      expect(tilburg.has('age-65-plus')).toBe(true);
    });
  });
});

describe('municipalities whose codes have letters', () => {
  it('imports Amsterdam’s wijken (WK0363AF …) and answers for them', async () => {
    await inRolledBackTransaction(pool, async (client) => {
      const file = readGeoJsonAreaFile('nl.geojson', JSON.stringify(national), ['GM0363']);
      expect(file.areas.some((area) => /^WK0363[A-Z]{2}$/.test(area.code))).toBe(true);
      const result = await loadAreas(client, file, { source: CBS });
      expect(result.changes?.wijken.inserted).toBe(file.areas.length);
      const kompas = await areaKompas(client, 'wijk', 'WK0363AF', 'en');
      expect(kompas?.municipality).toEqual({ code: 'GM0363', name: 'Amsterdam' });
    });
    // Not loaded outside that transaction: a 404 for a well-formed code, not a 400.
    const response = await app.inject({ method: 'GET', url: '/api/areas/wijken/WK0363AF' });
    expect(response.statusCode).toBe(404);
  });
});

describe('new boundaries for loaded areas', () => {
  it('re-imports Tilburg’s own files without a change', async () => {
    await inRolledBackTransaction(pool, async (client) => {
      const file = readGeoJsonAreaFile(
        'tilburg-buurten-2020.geojson',
        readFileSync(new URL('../../seed/data/tilburg-buurten-2020.geojson', import.meta.url), 'utf8'),
      );
      const result = await loadAreas(client, file, { source: CBS, keepLoaded: true });
      expect(result.levels[0]).toMatchObject({ level: 'buurt', count: 251, new: [], missing: [], renamed: [] });
      expect(result.moves).toEqual({ homes: 0, organisations: 0, assets: 0, observations: 0 });
    });
  });

  it('moves what is placed by location to the buurt that now contains it, and says how many in the preview', async () => {
    await inRolledBackTransaction(pool, async (client) => {
      // A place in Tivoli; then a file that gives Tivoli's polygon to a new buurt of the same wijk.
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO assets (type, kind, title, description, tags, geom, buurt_code, wijk_code, visibility)
         SELECT 'place', 'meeting-place', 'Buurthuis', 'Een plek', '{}', ST_PointOnSurface(geom), code, wijk_code, 'public'
         FROM buurten WHERE code = 'BU08551102' RETURNING id`,
      );
      const tivoli = await client.query<{ geometry: string }>(
        `SELECT ST_AsGeoJSON(ST_Transform(geom, 28992), 3) AS geometry FROM buurten WHERE code = 'BU08551102'`,
      );
      const file = readGeoJsonAreaFile(
        'tilburg-2025.geojson',
        asFile(
          [
            {
              type: 'Feature',
              properties: {
                buurtcode: 'BU08551199',
                buurtnaam: 'Tivoli-Nieuw',
                wijkcode: 'WK085511',
                gemeentecode: 'GM0855',
              },
              geometry: JSON.parse(tivoli.rows[0]!.geometry) as unknown,
            },
          ],
          { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } } },
        ),
      );
      const result = await loadAreas(client, file, { source: CBS });
      expect(result.levels[0]!.new).toEqual(['BU08551199']);
      // Everything in Tivoli moved (other tests may have placed more there): the preview counted each.
      const inNew = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM assets WHERE buurt_code = 'BU08551199'`,
      );
      expect(result.moves.assets).toBeGreaterThanOrEqual(1);
      expect(result.moves.assets).toBe(inNew.rows[0]!.n);
      const moved = await client.query(`SELECT buurt_code, wijk_code FROM assets WHERE id = $1`, [rows[0]!.id]);
      expect(moved.rows[0]).toEqual({ buurt_code: 'BU08551199', wijk_code: 'WK085511' });
      // From RD New back to degrees: the same polygon as Tivoli's, to well within a metre.
      const { rows: same } = await client.query<{ metres: number }>(
        `SELECT ST_HausdorffDistance(ST_Transform(a.geom, 28992), ST_Transform(b.geom, 28992)) AS metres
         FROM buurten a, buurten b WHERE a.code = 'BU08551199' AND b.code = 'BU08551102'`,
      );
      expect(same[0]!.metres).toBeLessThan(0.01);
    });
  });
});

describe('retired areas, kept as history', () => {
  it('retires a buurt a new year’s file lacks: what lies there gets the new buurt and the map no longer lists it; the old file brings it back', async () => {
    await inRolledBackTransaction(pool, async (client) => {
      const wijken = readGeoJsonAreaFile('groningen-wijken.geojson', asFile(groningenWijken));
      const buurten2024 = readGeoJsonAreaFile('groningen-buurten-2024.geojson', asFile(groningenBuurten));
      await loadAreas(client, wijken, { source: CBS });
      await loadAreas(client, buurten2024, { source: CBS });
      const old = groningenBuurten[0]!.properties;
      const renumbered = `${old.buurtcode.slice(0, 8)}99`;
      const { rows } = await client.query<{ id: string; lng: number; lat: number }>(
        `INSERT INTO assets (type, kind, title, description, tags, geom, buurt_code, wijk_code, visibility)
         SELECT 'place', 'meeting-place', 'Buurthuis', 'Een plek', '{}', ST_PointOnSurface(geom), code, wijk_code, 'public'
         FROM buurten WHERE code = $1
         RETURNING id, ST_X(geom) AS lng, ST_Y(geom) AS lat`,
        [old.buurtcode],
      );
      const place = rows[0]!;

      // 2025: the same polygon under a new code; the 2024 buurt is not in the file.
      const buurten2025 = readGeoJsonAreaFile(
        'groningen-buurten-2025.geojson',
        asFile([
          { ...groningenBuurten[0], properties: { ...old, buurtcode: renumbered, buurtnaam: 'Nieuw' } },
          ...groningenBuurten.slice(1),
        ]),
      );
      const result = await loadAreas(client, buurten2025, { source: cbsSource(2025) });
      expect(result.retiresMissing).toBe(true);
      expect(result.levels[0]).toMatchObject({
        level: 'buurt',
        new: [renumbered],
        missing: [{ code: old.buurtcode, name: old.buurtnaam }],
        restored: [],
      });
      expect(result.changes?.retired).toEqual({ wijken: 0, buurten: 1 });
      const retired = await client.query(
        `SELECT retired_at IS NOT NULL AS retired, retired_by FROM buurten WHERE code = $1`,
        [old.buurtcode],
      );
      expect(retired.rows[0]).toEqual({ retired: true, retired_by: cbsSource(2025).key });

      // Placed by location: the new buurt, never the retired one.
      const moved = await client.query(`SELECT buurt_code FROM assets WHERE id = $1`, [place.id]);
      expect(moved.rows[0]).toEqual({ buurt_code: renumbered });
      expect((await areasRepository.lookup(client, place.lng, place.lat))?.buurt?.code).toBe(renumbered);
      const municipalities = await areasRepository.listMunicipalities(client);
      expect(municipalities.find((m) => m.code === 'GM0014')?.buurten).toBe(groningenBuurten.length);

      // Not on the map, the choropleth or the list of areas; its own kompas page still answers.
      const listed = (await areasRepository.listBuurten(client)).map((buurt) => buurt.properties.code);
      expect(listed).toContain(renumbered);
      expect(listed).not.toContain(old.buurtcode);
      const wijk = await areasRepository.findWijk(client, old.wijkcode as string);
      expect(wijk?.properties.buurtCount).toBe(1);
      expect((await areaKompas(client, 'buurt', old.buurtcode, 'nl'))?.area.code).toBe(old.buurtcode);
      expect(await areasRepository.findBuurt(client, old.buurtcode)).not.toBeNull();

      // The 2024 file again: the old buurt is current again, the 2025 one retired, and the place moves back.
      const again = await loadAreas(client, buurten2024, { source: CBS });
      expect(again.levels[0]).toMatchObject({
        restored: [{ code: old.buurtcode, name: old.buurtnaam }],
        missing: [{ code: renumbered, name: 'Nieuw' }],
      });
      expect(again.changes?.restored).toEqual({ wijken: 0, buurten: 1 });
      const back = await client.query(
        `SELECT code, retired_at IS NOT NULL AS retired, retired_by FROM buurten WHERE code = ANY($1) ORDER BY code`,
        [[old.buurtcode, renumbered]],
      );
      expect(back.rows).toEqual([
        { code: old.buurtcode, retired: false, retired_by: null },
        { code: renumbered, retired: true, retired_by: CBS.key },
      ]);
      expect((await client.query(`SELECT buurt_code FROM assets WHERE id = $1`, [place.id])).rows[0]).toEqual({
        buurt_code: old.buurtcode,
      });
    });
  });

  it('retires nothing when loaded areas are kept', async () => {
    await inRolledBackTransaction(pool, async (client) => {
      const file = readGeoJsonAreaFile(
        'tilburg-one-wijk.geojson',
        asFile([national.features.find((f) => f.properties.wijkcode === 'WK085511')]),
      );
      const result = await loadAreas(client, file, { source: CBS, keepLoaded: true });
      expect(result.retiresMissing).toBe(false);
      expect(result.levels[0]!.missing).toHaveLength(58);
      expect(result.changes?.retired).toEqual({ wijken: 0, buurten: 0 });
    });
  });
});

describe('the loaded municipalities', () => {
  it('lists Tilburg with the extent of its wijken and its numbers of areas', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/areas/municipalities' });
    expect(response.statusCode).toBe(200);
    const [tilburg] = response.json() as { code: string; name: string; extent: number[] }[];
    expect(tilburg).toMatchObject({ code: 'GM0855', name: 'Tilburg', wijken: 59, buurten: 251 });
    const [west, south, east, north] = tilburg!.extent;
    expect([west, south, east, north].every((value) => typeof value === 'number')).toBe(true);
    expect(west).toBeGreaterThan(4.9);
    expect(east).toBeLessThan(5.3);
    expect(south).toBeGreaterThan(51.4);
    expect(north).toBeLessThan(51.7);
  });
});

describe('the sources of the loaded areas', () => {
  it('names each source of boundaries and figures with what it gave, for the attribution', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/areas/sources' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([
      expect.objectContaining({
        key: 'gemeente-tilburg-2020',
        attribution: 'Gemeente Tilburg',
        year: 2020,
        buurten: 251,
        wijken: 58,
        keyFigures: 0,
      }),
      expect.objectContaining({
        key: 'cbs-wijken-buurten-2024',
        attribution: 'CBS/Kadaster',
        licence: 'CC BY 4.0',
        buurten: 0,
        wijken: 1,
        keyFigures: 59,
      }),
    ]);
  });
});

describe('the choropleth of one municipality', () => {
  it('answers for the municipality asked for, and names an unknown one as a 404 on the field', async () => {
    const explicit = await app.inject({ method: 'GET', url: '/api/indicators/density/wijken?municipality=GM0855' });
    const byDefault = await app.inject({ method: 'GET', url: '/api/indicators/density/wijken' });
    expect(explicit.statusCode).toBe(200);
    expect(explicit.body).toBe(byDefault.body);
    expect(explicit.json()).toMatchObject({ municipality: { code: 'GM0855', name: 'Tilburg' } });
    const unknown = await app.inject({ method: 'GET', url: '/api/indicators/density/wijken?municipality=GM9999' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().errors[0]).toMatchObject({ field: 'querystring/municipality', rule: 'exists' });
    const malformed = await app.inject({ method: 'GET', url: '/api/indicators/density/wijken?municipality=Tilburg' });
    expect(malformed.statusCode).toBe(400);
  });
});

describe('a GeoPackage in RD New, as CBS publishes the wijk- en buurtkaart', () => {
  /** The features in RD New (EPSG:28992) as well-known binary, transformed by PostGIS. */
  async function inRdNew(features: { properties: Record<string, unknown>; geometry: unknown }[]) {
    return Promise.all(
      features.map(async (feature): Promise<GeoPackageFeature> => {
        const { rows } = await pool.query<{ wkb: Buffer }>(
          `SELECT ST_AsBinary(ST_Multi(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), 28992))) AS wkb`,
          [JSON.stringify(feature.geometry)],
        );
        return {
          properties: feature.properties as GeoPackageFeature['properties'],
          wkb: new Uint8Array(rows[0]!.wkb),
        };
      }),
    );
  }

  /** What an import of `file` leaves of Groningen: codes, names, figures, and each polygon's area and centre. */
  const importedGroningen = (read: () => Promise<Awaited<ReturnType<typeof readAreaFile>>>) =>
    inRolledBackTransaction(pool, async (client) => {
      await loadAreas(client, await read(), { source: CBS });
      const { rows } = await client.query(
        `SELECT w.code, w.name, w.municipality_code, w.area_m2, ST_X(ST_Centroid(w.geom)) AS x, ST_Y(ST_Centroid(w.geom)) AS y,
                f.inhabitants, f.age_65_plus_pct, f.households, f.density_per_km2,
                (SELECT count(*)::int FROM buurten b WHERE b.wijk_code = w.code) AS buurten, m.name AS municipality
         FROM wijken w JOIN municipalities m ON m.code = w.municipality_code
         LEFT JOIN wijk_key_figures f ON f.wijk_code = w.code AND f.year = 2024
         WHERE w.municipality_code = 'GM0014' ORDER BY w.code`,
      );
      return rows as { code: string; area_m2: number; x: number; y: number }[];
    });

  it('imports to the same rows as the equivalent GeoJSON', async () => {
    const gpkg = await writeGeoPackage(
      {
        gemeenten: [{ properties: { gemeentecode: 'GM0014', gemeentenaam: 'Groningen', water: 'NEE' }, wkb: null }],
        wijken: await inRdNew(groningenWijken),
        buurten: await inRdNew(groningenBuurten),
      },
      28992,
    );
    const fromGeoPackage = await importedGroningen(() => readAreaFile('wijkenbuurten_2024.gpkg', gpkg));
    const fromGeoJson = await importedGroningen(async () =>
      readAreaFile('wijken.geojson', new TextEncoder().encode(asFile([...groningenWijken, ...groningenBuurten]))),
    );
    expect(fromGeoPackage).toHaveLength(groningenWijken.length);
    const withoutShape = (rows: typeof fromGeoJson) => rows.map(({ area_m2: _a, x: _x, y: _y, ...rest }) => rest);
    expect(withoutShape(fromGeoPackage)).toEqual(withoutShape(fromGeoJson));
    fromGeoPackage.forEach((row, i) => {
      expect(row.area_m2 / fromGeoJson[i]!.area_m2).toBeCloseTo(1, 6);
      expect(Math.abs(row.x - fromGeoJson[i]!.x)).toBeLessThan(1e-6);
      expect(Math.abs(row.y - fromGeoJson[i]!.y)).toBeLessThan(1e-6);
    });
  });

  const problemsOf = async (bytes: Uint8Array) => {
    try {
      await readAreaFile('bad.gpkg', bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(AreaFileError);
      return (error as AreaFileError).problems;
    }
    throw new Error('the file was accepted');
  };

  it('names what is wrong: not a GeoPackage, no layer of areas, an unknown CRS, a feature without a polygon', async () => {
    const initSqlJs = (await import('sql.js')).default;
    const plain = new (await initSqlJs()).Database();
    plain.run('CREATE TABLE t (x)');
    expect((await problemsOf(plain.export()))[0]).toMatchObject({ where: 'bad.gpkg', rule: 'geopackage' });
    expect(
      (await problemsOf(await writeGeoPackage({ wegen: [{ properties: { naam: 'A58' }, wkb: null }] }, 28992)))[0],
    ).toMatchObject({ where: 'bad.gpkg', rule: 'layer', message: expect.stringContaining('wegen') });
    const wijken = await inRdNew(groningenWijken.slice(0, 2));
    expect((await problemsOf(await writeGeoPackage({ wijken }, 2154)))[0]).toMatchObject({
      where: 'bad.gpkg › layer wijken',
      rule: 'crs',
    });
    const problems = await problemsOf(
      await writeGeoPackage({ wijken: [wijken[0]!, { ...wijken[1]!, wkb: null }] }, 28992),
    );
    expect(problems).toEqual([
      {
        where: `bad.gpkg › layer wijken › feature 2 (${String(groningenWijken[1]!.properties.wijkcode)}) › field geometry`,
        rule: 'polygon',
        message: 'has no polygon (no geometry)',
      },
    ]);
  });
});
