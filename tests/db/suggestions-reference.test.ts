import fc from 'fast-check';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestionsRepository } from '../../api/suggestions/suggestions.repository.ts';
import { testPool } from '../helpers/db.ts';
import { referenceCandidates, type City, type Point } from '../helpers/suggestions-reference.ts';

// Property: on small random cities, the engine's candidates for a subject are exactly those of a brute-force
// computation in TypeScript with turf distances and the same rules (tests/helpers/suggestions-reference.ts).
// Each city lives in a transaction that is rolled back.
const pool = testPool();
let client: pg.PoolClient;
let domainOf: Map<string, string>;

beforeAll(async () => {
  client = await pool.connect();
  domainOf = new Map(
    (await client.query<{ key: string; domain_key: string }>('SELECT key, domain_key FROM tags')).rows.map((r) => [
      r.key,
      r.domain_key,
    ]),
  );
});
afterAll(async () => {
  client.release();
  await pool.end();
});

// Around the centre of Tilburg, within about 900 m: several buurten, mostly within walking distance of each other.
const CENTRE = { lng: 5.0857, lat: 51.5603 };
const TAGS = ['bicycle-repair', 'sewing', 'woodworking', 'guitar', 'piano', 'gardening', 'birds', 'tools', 'cooking'];
const VISIBILITIES = ['private', 'connectors', 'neighbours', 'public', 'public', 'public'];
const RESIDENT_KINDS = [
  ['inventory', 'skill'],
  ['inventory', 'knowledge'],
  ['inventory', 'learn'],
  ['inventory', 'passion'],
  ['inventory', 'need'],
  ['inventory', 'share-thing'],
  ['inventory', 'share-time'],
  ['inventory', 'dream'],
  ['thing', 'tool'],
] as const;
const ORGANISATION_KINDS = ['volunteers', 'space', 'room', 'partners', 'expertise', 'materials', 'activity'];
const PLACE_KINDS = ['community-room', 'meeting-place', 'community-room', 'garden', 'playground'];

const point = fc
  .record({ east: fc.integer({ min: -900, max: 900 }), north: fc.integer({ min: -900, max: 900 }) })
  .map(({ east, north }): Point => ({ lng: CENTRE.lng + east / 69_300, lat: CENTRE.lat + north / 111_200 }));
const tags = fc.uniqueArray(fc.constantFrom(...TAGS), { minLength: 1, maxLength: 3 });
const cityArbitrary = fc.record({
  residents: fc.array(
    fc.record({
      home: fc.option(point, { freq: 6 }),
      items: fc.array(
        fc.record({ kind: fc.constantFrom(...RESIDENT_KINDS), tags, visibility: fc.constantFrom(...VISIBILITIES) }),
        { minLength: 1, maxLength: 5 },
      ),
    }),
    { minLength: 4, maxLength: 16 },
  ),
  organisations: fc.array(
    fc.record({
      point: fc.option(point, { freq: 6 }),
      tags,
      items: fc.array(fc.record({ kind: fc.constantFrom(...ORGANISATION_KINDS), tags }), { maxLength: 3 }),
    }),
    { maxLength: 5 },
  ),
  places: fc.array(fc.record({ point, kind: fc.constantFrom(...PLACE_KINDS), tags }), { maxLength: 5 }),
  subject: fc.nat(),
  subjectKind: fc.constantFrom('resident', 'resident', 'organisation', 'place'),
  radiusM: fc.constantFrom(300, 700, 1000, 1500),
  connectorOfSubjectBuurt: fc.boolean(),
});

async function buurtOf(p: Point | null): Promise<string | null> {
  if (!p) return null;
  const { rows } = await client.query<{ code: string }>(
    'SELECT code FROM buurten WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint($1, $2), 4326)) LIMIT 1',
    [p.lng, p.lat],
  );
  return rows[0]?.code ?? null;
}

async function insert(sql: string, values: unknown[]): Promise<string> {
  return (await client.query<{ id: string }>(`${sql} RETURNING id`, values)).rows[0]!.id;
}

describe('the suggestion engine against a brute-force reference', () => {
  it('finds exactly the candidates the rules name, on random small cities', async () => {
    let compared = 0;
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(cityArbitrary, async (input) => {
        await client.query('BEGIN');
        try {
          const city: City = { residents: [], organisations: [], items: [], domainOf };
          for (const [i, resident] of input.residents.entries()) {
            const buurt = await buurtOf(resident.home);
            const home = buurt ? resident.home : null;
            const id = await insert(
              `INSERT INTO users (email, password_hash, display_name, home_location, home_buurt_code)
               VALUES ($1, 'x', $2, CASE WHEN $3::float8 IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint($3, $4), 4326)::geography END, $5)`,
              [`ref-${i}@example.test`, `Bewoner ${i}`, home?.lng ?? null, home?.lat ?? null, buurt],
            );
            // The engine measures from the centre of a resident's 250 m home cell, never the home: so does the reference.
            const centre = home
              ? (
                  await client.query<{ lng: number; lat: number }>(
                    'SELECT ST_X(c::geometry) AS lng, ST_Y(c::geometry) AS lat FROM (SELECT home_cell_centre(home_cell_x, home_cell_y) AS c FROM users WHERE id = $1) s',
                    [id],
                  )
                ).rows[0]!
              : null;
            city.residents.push({ id, home: centre, buurt });
            for (const item of resident.items) {
              const [type, kind] = item.kind as readonly [string, string];
              const direction = ['learn', 'need', 'dream'].includes(kind) ? 'wish' : 'offer';
              const itemId = await insert(
                `INSERT INTO assets (type, kind, direction, title, tags, owner_user_id, visibility, buurt_code) VALUES ($1, $2, $3, 'x', $4, $5, $6, $7)`,
                [type, kind, direction, item.tags, id, item.visibility, buurt],
              );
              city.items.push({
                id: itemId,
                type,
                kind,
                tags: item.tags,
                visibility: item.visibility,
                buurt,
                ownerUser: id,
                ownerOrganisation: null,
                point: null,
              });
            }
          }
          for (const [i, organisation] of input.organisations.entries()) {
            const buurt = await buurtOf(organisation.point);
            const location = buurt ? organisation.point : null;
            const id = await insert(
              `INSERT INTO organisations (name, kind, location, buurt_code, tags)
               VALUES ($1, 'association', CASE WHEN $2::float8 IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint($2, $3), 4326) END, $4, $5)`,
              [`Vereniging ${i}`, location?.lng ?? null, location?.lat ?? null, buurt, organisation.tags],
            );
            city.organisations.push({ id, point: location, buurt, tags: organisation.tags });
            for (const item of organisation.items) {
              const direction = ['volunteers', 'space', 'partners'].includes(item.kind) ? 'wish' : 'offer';
              const itemId = await insert(
                `INSERT INTO assets (type, kind, direction, title, tags, owner_organisation_id, buurt_code) VALUES ('organisation-item', $1, $2, 'x', $3, $4, $5)`,
                [item.kind, direction, item.tags, id, buurt],
              );
              city.items.push({
                id: itemId,
                type: 'organisation-item',
                kind: item.kind,
                tags: item.tags,
                visibility: 'public',
                buurt,
                ownerUser: null,
                ownerOrganisation: id,
                point: null,
              });
            }
          }
          for (const place of input.places) {
            const buurt = await buurtOf(place.point);
            if (!buurt) continue;
            const id = await insert(
              `INSERT INTO assets (type, kind, title, tags, geom, buurt_code) VALUES ('place', $1, 'x', $2, ST_SetSRID(ST_MakePoint($3, $4), 4326), $5)`,
              [place.kind, place.tags, place.point.lng, place.point.lat, buurt],
            );
            city.items.push({
              id,
              type: 'place',
              kind: place.kind,
              tags: place.tags,
              visibility: 'public',
              buurt,
              ownerUser: null,
              ownerOrganisation: null,
              point: place.point,
            });
          }

          // The subject, and the resident who looks (the subject itself, or the first resident for an organisation or place).
          const pool =
            input.subjectKind === 'resident'
              ? city.residents
              : input.subjectKind === 'organisation'
                ? city.organisations
                : city.items.filter((i) => i.type === 'place');
          if (pool.length === 0) return;
          const subjectId = pool[input.subject % pool.length]!.id;
          const viewer =
            input.subjectKind === 'resident' ? city.residents.find((r) => r.id === subjectId)! : city.residents[0]!;
          const connectorBuurten = input.connectorOfSubjectBuurt && viewer.buurt ? [viewer.buurt] : [];
          for (const buurt of connectorBuurten)
            await client.query('INSERT INTO connector_areas (user_id, buurt_code) VALUES ($1, $2)', [viewer.id, buurt]);

          const rows = (
            await suggestionsRepository.candidates(
              client,
              input.subjectKind,
              subjectId,
              viewer.id,
              input.radiusM,
              'domain',
            )
          ).fits;
          // Other test files may add people and places nearby at the same time: compare over this city only.
          const ours = new Set([
            ...city.residents.map((r) => r.id),
            ...city.organisations.map((o) => o.id),
            ...city.items.map((i) => i.id),
          ]);
          const engine = new Set(
            rows
              .filter((row) => ours.has(row.candidate_id))
              .map((row) => `${row.rule}:${row.candidate_kind}:${row.candidate_id}`),
          );
          const subject = {
            kind: input.subjectKind,
            id: subjectId,
            viewerConnectorBuurten: connectorBuurten,
            radiusM: input.radiusM,
          };
          const surely = referenceCandidates(city, subject, -0.01);
          const possibly = referenceCandidates(city, subject, 0.01);
          expect(
            [...surely].filter((key) => !engine.has(key)),
            'missed by the engine',
          ).toEqual([]);
          expect(
            [...engine].filter((key) => !possibly.has(key)),
            'found by the engine only',
          ).toEqual([]);
          compared += 1;
          if (engine.size > 0) nonEmpty += 1;
        } finally {
          await client.query('ROLLBACK');
        }
      }),
      { numRuns: 60, seed: 20261128 },
    );
    // The cities were not all empty of fits: the comparison was about something.
    expect(compared).toBeGreaterThan(40);
    expect(nonEmpty).toBeGreaterThanOrEqual(15);
  }, 120_000);
});
