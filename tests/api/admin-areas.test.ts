import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import type { AreaImportResult, LoadedMunicipality } from '../../api/areas/import/area-import.schemas.ts';
import { buildTestApp, useTestApp } from '../helpers/app.ts';
import { FLAT_POLYGON } from '../helpers/area-files.ts';
import { signUpAndLogIn, type TestAccount } from '../helpers/client.ts';
import { postForm } from '../helpers/multipart.ts';

// The administrator's area import over HTTP. It commits (as the page does), so every row it writes for Groningen and
// its test source is removed again after the suite.

const app = useTestApp();
const SOURCE_KEY = 'test-admin-areas';
const national = JSON.parse(
  readFileSync(new URL('../../seed/data/nl-wijken-2024-kerncijfers.geojson', import.meta.url), 'utf8'),
) as { type: 'FeatureCollection'; features: { properties: Record<string, unknown> }[] };
const groningen = national.features.filter((feature) => feature.properties.gemeentecode === 'GM0014').slice(0, 4);
const haren = national.features.find((feature) => feature.properties.gemeentecode !== 'GM0014')!;
const geojson = (features: unknown[]) => Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }), 'utf8');
const upload = (data: Buffer, name = 'wijken-2024.geojson') => ({
  field: 'file',
  name,
  type: 'application/geo+json',
  data,
});

let admin: TestAccount;
beforeAll(async () => {
  admin = await signUpAndLogIn(app);
  await adminRepository.makeAdmin(app.pg.pool, admin.email);
});

afterAll(async () => {
  await app.pg.query(`DELETE FROM connector_areas WHERE wijk_code LIKE 'WK0014%'`);
  await app.pg.query(`DELETE FROM wijk_key_figures WHERE wijk_code LIKE 'WK0014%'`);
  await app.pg.query(`DELETE FROM buurten WHERE municipality_code = 'GM0014'`);
  await app.pg.query(`DELETE FROM wijken WHERE municipality_code = 'GM0014'`);
  await app.pg.query(`DELETE FROM municipalities WHERE code = 'GM0014'`);
  await app.pg.query(`DELETE FROM data_sources WHERE key = $1`, [SOURCE_KEY]);
});

const loaded = async () => (await admin.client.get('/api/admin/areas')).json() as LoadedMunicipality[];

describe('importing areas as the administrator', () => {
  it('previews a file without writing, then imports the municipalities chosen, which the list then shows', async () => {
    const file = upload(geojson([...groningen, haren]));
    const preview = await postForm(
      admin.client,
      '/api/admin/areas/import',
      { dryRun: 'true', sourceKey: SOURCE_KEY },
      file,
    );
    expect(preview.statusCode).toBe(200);
    const dry = preview.json() as AreaImportResult;
    expect(dry).toMatchObject({ written: false, changes: null, retiresMissing: true });
    expect(dry.source).toMatchObject({ key: SOURCE_KEY, year: 2024, publisher: 'CBS/Kadaster' });
    expect(dry.municipalities.map((m) => m.code)).toEqual(['GM0014', haren.properties.gemeentecode]);
    expect(dry.levels[0]).toMatchObject({ level: 'wijk', count: 5 });
    expect(dry.figures.find((figure) => figure.field === 'aantal_inwoners')?.indicators).toContain('density');
    expect((await loaded()).map((m) => m.code)).not.toContain('GM0014');

    const imported = await postForm(
      admin.client,
      '/api/admin/areas/import',
      { dryRun: 'false', gemeente: ['GM0014'], sourceKey: SOURCE_KEY },
      file,
    );
    expect(imported.statusCode).toBe(200);
    const result = imported.json() as AreaImportResult;
    expect(result.written).toBe(true);
    expect(result.municipalities.map((m) => m.code)).toEqual(['GM0014']);
    expect(result.changes?.wijken).toEqual({ inserted: 4, updated: 0 });

    const listed = (await loaded()).find((m) => m.code === 'GM0014');
    expect(listed).toMatchObject({
      name: 'Groningen',
      levels: [
        { level: 'wijk', current: 4, retired: 0 },
        { level: 'buurt', current: 0, retired: 0 },
      ],
      figureYears: [2024],
      sources: [{ key: SOURCE_KEY, year: 2024 }],
      retired: [],
    });
    expect((await loaded()).map((m) => m.code)).not.toContain(haren.properties.gemeentecode);
  });

  it('retires the wijk a new file lacks, and lists it with what still refers to it', async () => {
    const gone = String(groningen[3]!.properties.wijkcode);
    const connector = await signUpAndLogIn(app);
    expect(
      (await admin.client.post(`/api/admin/users/${connector.id}/connector-areas`, { areaCode: gone })).statusCode,
    ).toBe(201);

    const response = await postForm(
      admin.client,
      '/api/admin/areas/import',
      { dryRun: 'false', year: '2025', sourceKey: SOURCE_KEY },
      upload(geojson(groningen.slice(0, 3)), 'groningen.geojson'),
    );
    expect(response.statusCode).toBe(200);
    const result = response.json() as AreaImportResult;
    expect(result.source.year).toBe(2025);
    expect(result.levels[0]!.missing.map((area) => area.code)).toEqual([gone]);
    expect(result.stillReferred).toEqual([
      { level: 'wijk', code: gone, agendas: 0, surveyRounds: 0, surveyAnswers: 0, connectorGrants: 1 },
    ]);
    expect(result.changes?.retired).toEqual({ wijken: 1, buurten: 0 });

    const listed = (await loaded()).find((m) => m.code === 'GM0014')!;
    expect(listed.levels[0]).toEqual({ level: 'wijk', current: 3, retired: 1 });
    expect(listed.figureYears).toEqual([2024, 2025]);
    expect(listed.retired).toEqual([
      expect.objectContaining({ level: 'wijk', code: gone, connectorGrants: 1, retiredBy: SOURCE_KEY }),
    ]);
    expect(Date.parse(listed.retired[0]!.retiredAt)).toBeGreaterThan(Date.now() - 60_000);
    // Not on the map any more; its own page still answers.
    const wijken = (await admin.client.get('/api/areas/wijken?bbox=6.4,53.1,6.8,53.4')).json() as {
      features: { properties: { code: string } }[];
    };
    expect(wijken.features.map((feature) => feature.properties.code)).not.toContain(gone);
    expect((await admin.client.get(`/api/areas/wijken/${gone}`)).statusCode).toBe(200);
  });

  it('refuses a bad file with the place, rule and message of each problem, changing nothing', async () => {
    const flat = { ...groningen[0], geometry: FLAT_POLYGON };
    const response = await postForm(
      admin.client,
      '/api/admin/areas/import',
      { dryRun: 'false', sourceKey: SOURCE_KEY },
      upload(geojson([flat]), 'flat-2024.geojson'),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: expect.stringContaining('flat-2024.geojson › feature 1'), rule: 'polygon', message: expect.any(String) },
    ]);
    const garbage = await postForm(
      admin.client,
      '/api/admin/areas/import',
      { dryRun: 'true' },
      upload(Buffer.from('not an area file'), 'x-2024.geojson'),
    );
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().errors[0].field).toContain('x-2024.geojson');
    expect((await loaded()).find((m) => m.code === 'GM0014')?.levels[0]).toMatchObject({ current: 3 });
  });

  it('names the field and rule of a form it cannot use', async () => {
    const file = upload(geojson(groningen), 'groningen.geojson');
    const cases: [Record<string, string | string[]>, ReturnType<typeof upload> | null, string, string][] = [
      [{}, file, 'body/dryRun', 'enum'],
      [{ dryRun: 'true' }, null, 'body/file', 'required'],
      [{ dryRun: 'true' }, file, 'body/year', 'required'],
      [{ dryRun: 'true', year: '2024', gemeente: ['GM0014', 'Groningen'] }, file, 'body/gemeente/1', 'pattern'],
      [{ dryRun: 'true', year: 'soon' }, file, 'body/year', 'range'],
      [{ dryRun: 'true', year: '2024', colour: 'red' }, file, 'body/colour', 'additionalProperties'],
    ];
    for (const [fields, upload, field, rule] of cases) {
      const response = await postForm(admin.client, '/api/admin/areas/import', fields, upload);
      expect(response.statusCode, JSON.stringify(fields)).toBe(400);
      expect(response.json().errors, JSON.stringify(fields)).toEqual([expect.objectContaining({ field, rule })]);
    }
    const json = await admin.client.post('/api/admin/areas/import', { dryRun: true });
    expect(json.statusCode).toBe(400);
  });

  it('answers 413 for a file larger than the configured limit', async () => {
    const small = await buildTestApp({}, { areaImportMaxBytes: 1024 });
    try {
      const account = await signUpAndLogIn(small);
      await adminRepository.makeAdmin(small.pg.pool, account.email);
      const response = await postForm(
        account.client,
        '/api/admin/areas/import',
        { dryRun: 'true' },
        upload(geojson(groningen)),
      );
      expect(response.statusCode).toBe(413);
      expect(response.json().errors).toEqual([
        { field: 'body/file', rule: 'max-size', message: expect.stringContaining('AREA_IMPORT_MAX_MB') },
      ]);
    } finally {
      await small.close();
    }
  });
});
