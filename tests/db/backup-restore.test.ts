import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import { buildApp, type App } from '../../api/app.ts';
import { prepareDatabase } from '../../api/plugins/database.ts';
import { openDatabase, type DatabaseHandle } from '../../db/database.ts';
import { buildTestApp } from '../helpers/app.ts';
import { addItem, cellCentreIn } from '../helpers/assets.ts';
import { signUpAndLogIn } from '../helpers/client.ts';
import { postForm } from '../helpers/multipart.ts';

// `npm run db:backup` and `npm run db:restore` as a person runs them: a database holding data of every kind is backed
// up, restored into a fresh instance (a new data directory, or a new database on the server) and compared table by
// table; the restored database then serves the app. On the embedded database the source is a data directory of its
// own, created here; on PostgreSQL the run's test database. On 2 cores at a load average of ~4 it takes 68 s on the
// embedded database and 17 s on PostgreSQL (100-180 s and 35 s under a load of ~10); each CLI run starts a process.

const kind = inject('databaseKind');
const WIJK = 'WK085510';
const BUURT = 'BU08551001';
const parent = await mkdtemp(path.join(tmpdir(), 'krachtkaart-backup-'));
const cleanUps: (() => Promise<unknown>)[] = [() => rm(parent, { recursive: true, force: true })];
afterAll(async () => {
  for (const cleanUp of cleanUps.reverse()) await cleanUp();
});

/** Runs one of the CLIs as `npm run db:backup -- …` does, with the given database settings. */
function runCli(
  name: 'backup' | 'restore',
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', `cli/${name}.ts`, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

/** Accounts, a connector, assets with tags and locations, an organisation, an observation, an agenda with an item. */
async function addDataOfEveryKind(app: App): Promise<{ placeId: string }> {
  const admin = await signUpAndLogIn(app, { displayName: 'Beheer' });
  await adminRepository.makeAdmin(app.pg.pool, admin.email);
  const connector = await signUpAndLogIn(app, { displayName: 'Verbinder' });
  expect(
    (await admin.client.post(`/api/admin/users/${connector.id}/connector-areas`, { areaCode: WIJK })).statusCode,
  ).toBe(201);
  const resident = await signUpAndLogIn(app, { displayName: 'Bewoner' });
  expect((await resident.client.patch('/api/me', { homeBuurtCode: BUURT })).statusCode).toBe(200);
  const at = await cellCentreIn(app, BUURT);

  const place = await addItem(resident, {
    type: 'place',
    kind: 'garden',
    title: 'Buurttuin',
    tags: ['gardening', 'vegetable-growing'],
    geometry: { type: 'Point', coordinates: [at.lng, at.lat] },
  });
  await addItem(resident, {
    type: 'inventory',
    kind: 'skill',
    title: 'Fietsen maken',
    tags: ['bicycle-repair'],
    visibility: 'neighbours',
  });
  const organisation = await resident.client.post('/api/organisations', {
    name: 'Buurtvereniging Het Hof',
    kind: 'association',
  });
  expect(organisation.statusCode, organisation.body).toBe(201);

  const observation = await postForm(resident.client, '/api/observations', {
    kind: 'goes-well',
    body: 'Het nieuwe bankje wordt veel gebruikt.',
    lng: String(at.lng),
    lat: String(at.lat),
  });
  expect(observation.statusCode, observation.body).toBe(201);

  // One agenda per area and year: the first year this database has none for (a server's test database is reused).
  let agenda = await connector.client.post('/api/agendas', { areaType: 'wijk', areaCode: WIJK, year: 2100 });
  for (let year = 2099; agenda.statusCode === 409 && year >= 2000; year--) {
    agenda = await connector.client.post('/api/agendas', { areaType: 'wijk', areaCode: WIJK, year });
  }
  expect(agenda.statusCode, agenda.body).toBe(201);
  const item = await connector.client.post(`/api/agendas/${agenda.json().id}/items`, {
    ambition: 'Een plek om elkaar te ontmoeten',
    theme: 'associations',
  });
  expect(item.statusCode, item.body).toBe(201);
  return { placeId: place.id };
}

const GEOMETRIES = [
  ['buurten', 'geom', 'code'],
  ['wijken', 'geom', 'code'],
  ['assets', 'geom', 'id'],
  ['observations', 'location', 'id'],
] as const;

/** Row counts of every table in the public schema, and an md5 of the ordered rows (geometries included) of key tables. */
async function fingerprint(connectionString: string) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables)
      counts[name] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM public."${name}"`)).rows[0]!.n;
    const contents: Record<string, string> = {};
    for (const name of [
      'pgmigrations',
      'users',
      'assets',
      'organisations',
      'organisation_members',
      'observations',
      'agendas',
      'buurten',
    ]) {
      contents[name] = (
        await client.query<{ md5: string }>(
          `SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM public.${name} t`,
        )
      ).rows[0]!.md5;
    }
    const geometries: Record<string, string> = {};
    for (const [table, column, key] of GEOMETRIES) {
      const sql = `SELECT md5(coalesce(string_agg(encode(ST_AsEWKB(${column}), 'hex'), ',' ORDER BY ${key}::text), '')) AS md5 FROM public.${table}`;
      geometries[table] = (await client.query<{ md5: string }>(sql)).rows[0]!.md5;
    }
    return { counts, contents, geometries };
  } finally {
    await client.end();
  }
}

/** The real app on a restored database: a route that reads the data answers. */
async function expectServed(database: { connectionString: string; kind: 'embedded' | 'postgres' }, placeId: string) {
  const app = await buildApp({
    database: { ...database, poolMax: 1 },
    webDistDir: 'dist/web',
    publicUrl: 'http://localhost:3000',
  });
  try {
    const place = await app.inject({ method: 'GET', url: `/api/assets/${placeId}` });
    expect(place.statusCode, place.body).toBe(200);
    expect(place.json()).toMatchObject({
      title: 'Buurttuin',
      tags: expect.arrayContaining([expect.objectContaining({ key: 'gardening' })]),
    });
    expect((await app.inject({ method: 'GET', url: '/api/areas/buurten' })).json().features).toHaveLength(251);
  } finally {
    await app.close();
  }
}

describe.runIf(kind === 'embedded')('backup and restore of the embedded database', () => {
  it('restores a backup into a new data directory with every table, row and geometry as it was, and the app serves it', async () => {
    process.env.SEED_DEMO ??= 'false';
    const sourceDir = path.join(parent, 'source');
    const targetDir = path.join(parent, 'restored');
    const file = path.join(parent, 'krachtkaart.backup');

    const source: DatabaseHandle = await openDatabase({ DATA_DIR: sourceDir }, () => {});
    let before;
    let placeId;
    try {
      await prepareDatabase(source, { seedIfEmpty: true }, () => {});
      const app = await buildApp({
        database: { connectionString: source.connectionString, kind: 'embedded', poolMax: 1 },
        webDistDir: 'dist/web',
        publicUrl: 'http://localhost:3000',
      });
      try {
        ({ placeId } = await addDataOfEveryKind(app));
      } finally {
        await app.close();
      }
      before = await fingerprint(source.connectionString);
      // While the data directory is open, a backup is refused: the app must be stopped.
      const refused = await runCli('backup', [file], { DATA_DIR: sourceDir, DATABASE_URL: '' });
      expect(refused).toMatchObject({
        code: 1,
        output: expect.stringContaining('is in use by another Krachtkaart process'),
      });
    } finally {
      await source.close();
    }

    const backup = await runCli('backup', [file], { DATA_DIR: sourceDir, DATABASE_URL: '' });
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toMatch(/Done: [\d.]+ MB written/);

    // A data directory in use holds data: restoring over it is refused without --force.
    const notEmpty = await runCli('restore', [file], { DATA_DIR: sourceDir, DATABASE_URL: '' });
    expect(notEmpty).toMatchObject({ code: 1, output: expect.stringContaining('is not empty') });
    const missing = await runCli('restore', [path.join(parent, 'nothing-here')], {
      DATA_DIR: targetDir,
      DATABASE_URL: '',
    });
    expect(missing).toMatchObject({ code: 1, output: expect.stringContaining('There is no file') });
    const serverBackup = path.join(parent, 'server.backup');
    await writeFile(serverBackup, 'PGDMP and more');
    const wrongKind = await runCli('restore', [serverBackup], { DATA_DIR: targetDir, DATABASE_URL: '' });
    expect(wrongKind).toMatchObject({ code: 1, output: expect.stringContaining('is a backup of a PostgreSQL server') });
    expect(await readdir(parent)).not.toContain('restored');

    const restore = await runCli('restore', [file], { DATA_DIR: targetDir, DATABASE_URL: '' });
    expect(restore.code, restore.output).toBe(0);

    const restored = await openDatabase({ DATA_DIR: targetDir }, () => {});
    try {
      expect(await fingerprint(restored.connectionString)).toEqual(before);
      await expectServed({ connectionString: restored.connectionString, kind: 'embedded' }, placeId!);
    } finally {
      await restored.close();
    }
  }, 300_000);
});

describe.runIf(kind === 'postgres')('backup and restore of a PostgreSQL database', () => {
  it('restores a backup into a new database with every table, row and geometry as it was, and the app serves it', async () => {
    const sourceUrl = inject('databaseUrl');
    const file = path.join(parent, 'krachtkaart.backup');
    const app = await buildTestApp();
    let placeId;
    try {
      ({ placeId } = await addDataOfEveryKind(app));
    } finally {
      await app.close();
    }
    const before = await fingerprint(sourceUrl);

    const backup = await runCli('backup', [file], { DATABASE_URL: sourceUrl });
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toMatch(/Done: [\d.]+ MB written/);

    const name = `krachtkaart_restore_${randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: sourceUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    cleanUps.push(async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    });
    const targetUrl = new URL(sourceUrl);
    targetUrl.pathname = `/${name}`;

    const notEmpty = await runCli('restore', [file], { DATABASE_URL: sourceUrl });
    expect(notEmpty).toMatchObject({ code: 1, output: expect.stringContaining('is not empty') });
    const missing = await runCli('restore', [path.join(parent, 'nothing-here')], {
      DATABASE_URL: targetUrl.toString(),
    });
    expect(missing).toMatchObject({ code: 1, output: expect.stringContaining('There is no file') });
    const embeddedBackup = path.join(parent, 'embedded.backup');
    await writeFile(embeddedBackup, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]));
    const wrongKind = await runCli('restore', [embeddedBackup], { DATABASE_URL: targetUrl.toString() });
    expect(wrongKind).toMatchObject({
      code: 1,
      output: expect.stringContaining('is a backup of an embedded database'),
    });

    const restore = await runCli('restore', [file], { DATABASE_URL: targetUrl.toString() });
    expect(restore.code, restore.output).toBe(0);
    expect(await fingerprint(targetUrl.toString())).toEqual(before);
    await expectServed({ connectionString: targetUrl.toString(), kind: 'postgres' }, placeId!);
  }, 180_000);
});
