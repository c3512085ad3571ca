import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../api/app.ts';
import { ogcRepository } from '../../api/ogc/ogc.repository.ts';
import { layerPage, PEOPLE_CELLS } from '../../api/ogc/ogc.service.ts';
import { PUBLIC_LAYERS } from '../../api/ogc/public-layers.ts';
import { WORLD } from '../../api/shared/bbox.ts';
import { buildTestApp } from '../helpers/app.ts';

/**
 * GDAL, the library QGIS and ogr2ogr read with, against the app listening on loopback: its OGC API – Features driver
 * (OAPIF) counts every collection as the database does, and its GeoJSON and CSV drivers read the open data files.
 * Needs Debian's gdal-bin (/usr/bin/ogrinfo); skipped without it unless E2E_REQUIRED=1.
 */
const OGRINFO = process.env.OGRINFO_PATH ?? '/usr/bin/ogrinfo';
const run = promisify(execFile);

function describeWithGdal(name: string, suite: () => void): void {
  if (existsSync(OGRINFO)) {
    describe(name, suite);
    return;
  }
  const reason = `no ogrinfo at ${OGRINFO} (install gdal-bin, or set OGRINFO_PATH)`;
  if (process.env.E2E_REQUIRED === '1') {
    describe(name, () => {
      it('needs GDAL because E2E_REQUIRED=1', () => {
        throw new Error(`E2E_REQUIRED=1 but ${reason}`);
      });
    });
  } else {
    console.warn(`Skipping "${name}": ${reason}. Set E2E_REQUIRED=1 to make this a failure.`);
    describe.skip(name, suite);
  }
}

/** A free port on loopback: the app's links are absolute (PUBLIC_URL), so it must know its address before it listens. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function ogrinfo(...args: string[]): Promise<string> {
  const { stdout } = await run(OGRINFO, ['-ro', '-so', ...args], {
    timeout: 60_000,
    env: { ...process.env, GDAL_HTTP_TIMEOUT: '30', CPL_DEBUG: 'OFF' },
  });
  return stdout;
}

function featureCount(output: string): number {
  const match = /Feature Count: (\d+)/.exec(output);
  if (!match) throw new Error(`no feature count in:\n${output}`);
  return Number(match[1]);
}

/** How many features the database has in a layer. */
async function databaseCount(app: App, layer: string): Promise<number> {
  if (layer === PEOPLE_CELLS) return (await layerPage(app.pg.pool, layer, WORLD, { offset: 0, limit: 1 })).matched;
  return ogcRepository.count(app.pg.pool, layer, WORLD);
}

describeWithGdal('GDAL reads the OGC service and the open data', () => {
  let app: App;
  let url = '';
  let folder = '';

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    app = await buildTestApp({}, { publicUrl: url });
    await app.listen({ host: '127.0.0.1', port });
    folder = await mkdtemp(join(tmpdir(), 'krachtkaart-ogc-'));
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('counts every collection as the database does', async () => {
    const listing = await ogrinfo(`OAPIF:${url}/ogc`);
    for (const layer of PUBLIC_LAYERS) expect(listing).toContain(`: ${layer.id}`);
    for (const layer of PUBLIC_LAYERS) {
      // Other test files may add to the shared database meanwhile: the count lies between the counts around it.
      const before = await databaseCount(app, layer.id);
      const output = await ogrinfo(`OAPIF:${url}/ogc`, layer.id);
      const after = await databaseCount(app, layer.id);
      console.log(`[gdal] ${layer.id}: ${output.match(/Feature Count: \d+/)?.[0]} (database ${before})`);
      expect(featureCount(output), layer.id).toBeGreaterThanOrEqual(Math.min(before, after));
      expect(featureCount(output), layer.id).toBeLessThanOrEqual(Math.max(before, after));
      expect(output, layer.id).toContain('Extent: (');
    }
  }, 180_000);

  it('reads the GeoJSON and CSV exports', async () => {
    for (const layer of ['buurten', 'places']) {
      const count = await databaseCount(app, layer);
      const geojson = await fetch(`${url}/api/open-data/${layer}.geojson`);
      expect(geojson.status).toBe(200);
      const geojsonFile = join(folder, `${layer}.geojson`);
      await writeFile(geojsonFile, await geojson.text());
      const fromGeojson = await ogrinfo('-al', geojsonFile);
      expect(featureCount(fromGeojson), layer).toBe(count);

      const csv = await fetch(`${url}/api/open-data/${layer}.csv`);
      const csvFile = join(folder, `${layer}.csv`);
      await writeFile(csvFile, await csv.text());
      const fromCsv = await ogrinfo('-al', '-oo', 'X_POSSIBLE_NAMES=lng', '-oo', 'Y_POSSIBLE_NAMES=lat', csvFile);
      expect(featureCount(fromCsv), layer).toBe(count);
      expect(fromCsv).toContain('Geometry: Point');
      console.log(`[gdal] ${layer}.geojson and .csv: ${count} features`);
    }
  }, 120_000);
});
