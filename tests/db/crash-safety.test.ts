import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../db/database.ts';
import { HttpSession } from '../helpers/http-session.ts';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.ts';

// The server is killed with SIGKILL in the middle of a burst of multi-step writes (1,000 queued, 100 in flight), then
// started again on the same data: every write it answered must be there whole, and nothing may be half written. It
// runs on a database of its own: a fresh embedded data directory, or a fresh database on the server of DATABASE_URL.
// Nothing in this burst is rate-limited (creating assets and organisations is not; 4 sign-ups and log-ins from one
// address stay within the production limits), so the server runs with its real settings.
// On 2 cores at a load average of 2-6 it takes 59 s on the embedded database (first start with PostGIS and the seed
// 29 s, restart 14 s) and 32 s on PostgreSQL; under a load of 7-12 (other suites running) 190-250 s and 35-48 s.

const WRITES = 1_000;
const IN_FLIGHT = 100;
const KILL_AFTER_ANSWERS = 300;
const TAG_SETS = [
  ['gardening', 'vegetable-growing'],
  ['cooking', 'baking', 'hosting'],
  ['bicycle-repair', 'tools'],
];
// A point in the centre of Tilburg; each asset moves it a few metres so every geometry is its own.
const CENTRE = { lng: 5.0873, lat: 51.5583 };

interface Fixture {
  env: Record<string, string>;
  cleanUp(): Promise<void>;
}

async function freshDatabase(): Promise<Fixture> {
  if (inject('databaseKind') === 'embedded') {
    const parent = await mkdtemp(path.join(tmpdir(), 'krachtkaart-crash-'));
    return {
      env: { DATA_DIR: path.join(parent, 'pglite'), DATABASE_URL: '' },
      cleanUp: () => rm(parent, { recursive: true, force: true }),
    };
  }
  const serverUrl = new URL(inject('databaseUrl'));
  const name = `krachtkaart_crash_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    async cleanUp() {
      const client = new pg.Client({ connectionString: serverUrl.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

type Write =
  | { kind: 'asset'; i: number; title: string; tags: string[]; lngLat: [number, number] }
  | { kind: 'organisation'; i: number; name: string };

type Outcome = { write: Write; status: number; id: string | null } | { write: Write; status: null; id: null };

function writeNumber(i: number, run: string): Write {
  // Three in ten start an organisation (the organisation and its owner's membership in one transaction); the rest
  // put a place on the map with its tags and location.
  if (i % 10 < 3) return { kind: 'organisation', i, name: `Crash ${run} organisatie ${i}` };
  return {
    kind: 'asset',
    i,
    title: `Crash ${run} plek ${i}`,
    tags: TAG_SETS[i % TAG_SETS.length]!,
    lngLat: [CENTRE.lng + (i % 40) * 0.00005, CENTRE.lat + Math.floor(i / 40) * 0.00005],
  };
}

function send(client: HttpSession, write: Write) {
  return write.kind === 'asset'
    ? client.request('POST', '/api/assets', {
        type: 'place',
        kind: 'garden',
        title: write.title,
        tags: write.tags,
        geometry: { type: 'Point', coordinates: write.lngLat },
      })
    : client.request('POST', '/api/organisations', { name: write.name, kind: 'initiative' });
}

describe(`a server killed with SIGKILL during writes (${inject('databaseKind')} database)`, () => {
  const cleanUps: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const cleanUp of cleanUps.reverse()) await cleanUp();
  });

  it('starts again on the same data with every answered write whole and nothing half written', async () => {
    const fixture = await freshDatabase();
    cleanUps.push(() => fixture.cleanUp());
    const env = { ...fixture.env, SEED_DEMO: 'false' };
    const run = randomUUID().slice(0, 8);

    const started = performance.now();
    let server: ServerProcess = await startServerProcess(env, 180_000);
    const firstStartMs = server.startMs;
    cleanUps.push(() => server.kill());
    const clients: HttpSession[] = [];
    for (let i = 0; i < 4; i++) {
      const email = `crash-${randomUUID().slice(0, 8)}@example.org`;
      const account = { email, password: 'een lange zin als wachtwoord', displayName: 'Sanne' };
      clients.push(await HttpSession.logIn(server.url, account, true));
    }

    // The burst: 1,000 writes, 100 in flight at any moment, killed once 300 have been answered. (All 1,000 at once
    // would queue for the database's connections in phases, every transaction committing before the first answer, so
    // the kill would find nothing in flight; and a request waiting over 15 s for the embedded database's one connection
    // gets a 503.)
    const outcomes: Outcome[] = [];
    let next = 0;
    let killed: Promise<void> | null = null;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < WRITES && !killed) {
          const write = writeNumber(next++, run);
          try {
            const response = await send(clients[write.i % clients.length]!, write);
            const text = await response.text();
            const id = text ? ((JSON.parse(text) as { id?: string }).id ?? null) : null;
            outcomes.push({ write, status: response.status, id });
            if (outcomes.length === KILL_AFTER_ANSWERS) killed = server.kill();
          } catch {
            outcomes.push({ write, status: null, id: null });
          }
        }
      }),
    );
    await killed;
    const burstDoneMs = performance.now() - started;
    const acknowledged = outcomes.filter(
      (outcome) => outcome.status !== null && outcome.status >= 200 && outcome.status < 300,
    );
    const unanswered = outcomes.filter((outcome) => outcome.status === null);
    // Every answer before the kill was a success, and the kill came part-way.
    expect(outcomes.filter((outcome) => outcome.status !== null && !acknowledged.includes(outcome))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ANSWERS);
    expect(unanswered.length).toBeGreaterThan(0);

    // The same data again: the embedded data directory must open although its lock was never released.
    server = await startServerProcess(env, 120_000);
    const restartMs = server.startMs;
    const owner = clients[0]!;
    owner.moveTo(server.url);
    const firstAsset = acknowledged.find(
      (outcome) => outcome.write.kind === 'asset' && outcome.write.i % clients.length === 0,
    )!;
    const served = await owner.request('GET', `/api/assets/${firstAsset.id}`);
    expect(served.status).toBe(200);
    expect(await served.json()).toMatchObject({ title: (firstAsset.write as { title: string }).title });
    expect(await server.stop()).toBe(0);

    // Row by row, on the database itself (the embedded one opened here, now that the server has let go of it).
    const database = await openDatabase(
      { DATABASE_URL: fixture.env.DATABASE_URL || undefined, DATA_DIR: fixture.env.DATA_DIR ?? '' },
      () => {},
    );
    const db = new pg.Client({ connectionString: database.connectionString });
    await db.connect();
    try {
      const { rows: assets } = await db.query<{
        id: string;
        title: string;
        tags: string[];
        lng: number;
        lat: number;
        buurt_code: string | null;
        created_by: string;
      }>(
        `SELECT id, title, tags, ST_X(geom) AS lng, ST_Y(geom) AS lat, buurt_code, created_by FROM assets WHERE title LIKE $1`,
        [`Crash ${run} %`],
      );
      const { rows: organisations } = await db.query<{ id: string; name: string; owners: number; members: number }>(
        `SELECT o.id, o.name,
                (SELECT count(*) FROM organisation_members m WHERE m.organisation_id = o.id AND m.role = 'owner')::int AS owners,
                (SELECT count(*) FROM organisation_members m WHERE m.organisation_id = o.id)::int AS members
         FROM organisations o WHERE o.name LIKE $1`,
        [`Crash ${run} %`],
      );
      const assetsByTitle = new Map(assets.map((row) => [row.title, row]));
      const organisationsByName = new Map(organisations.map((row) => [row.name, row]));

      for (const { write, id } of acknowledged) {
        if (write.kind === 'asset') {
          const row = assetsByTitle.get(write.title);
          expect(row, `acknowledged asset ${write.i}`).toMatchObject({
            id,
            tags: write.tags,
            buurt_code: expect.stringMatching(/^BU/),
          });
          expect(row!.lng).toBeCloseTo(write.lngLat[0], 9);
          expect(row!.lat).toBeCloseTo(write.lngLat[1], 9);
        } else {
          expect(organisationsByName.get(write.name), `acknowledged organisation ${write.i}`).toMatchObject({
            id,
            owners: 1,
            members: 1,
          });
        }
      }
      // Whatever got no answer is there whole or not at all.
      for (const row of assets)
        expect(row).toMatchObject({
          tags: expect.arrayContaining([expect.any(String)]),
          buurt_code: expect.stringMatching(/^BU/),
        });
      for (const row of organisations) expect(row).toMatchObject({ owners: 1, members: 1 });
      expect(assets.length + organisations.length).toBeGreaterThanOrEqual(acknowledged.length);
      expect(assets.length + organisations.length).toBeLessThanOrEqual(outcomes.length);
      expect(new Set(assets.map((row) => row.title)).size).toBe(assets.length);

      // No orphans anywhere: no membership without its organisation or person, no organisation without an owner.
      const { rows: orphans } = await db.query<{ count: number }>(
        `SELECT (SELECT count(*) FROM organisation_members m WHERE NOT EXISTS (SELECT FROM organisations o WHERE o.id = m.organisation_id))
              + (SELECT count(*) FROM organisations o WHERE NOT EXISTS (SELECT FROM organisation_members m WHERE m.organisation_id = o.id AND m.role = 'owner'))
              + (SELECT count(*) FROM assets a WHERE a.created_by IS NOT NULL AND NOT EXISTS (SELECT FROM users u WHERE u.id = a.created_by)) AS count`,
      );
      expect(Number(orphans[0]!.count)).toBe(0);
      console.log(
        `[crash-safety] ${inject('databaseKind')}: ${acknowledged.length} answered, ${unanswered.length} unanswered, ` +
          `${assets.length + organisations.length - acknowledged.length} unanswered found whole; first start ${(firstStartMs / 1000).toFixed(1)} s, ` +
          `burst done at ${(burstDoneMs / 1000).toFixed(1)} s, restart ${(restartMs / 1000).toFixed(1)} s, total ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    } finally {
      await db.end();
      await database.close();
    }
  }, 300_000);
});
