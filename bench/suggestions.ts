// Suggested connections in the benchmark (called from bench/assets.ts on the same generated city): the engine per
// resident and per organisation, directly (the service on a pool like the app's, as the routes call it) and through
// the API, and at up to 100,000 assets the brute-force reference of the property test
// (tests/helpers/suggestions-reference.ts) on the same pool, for the ratio.
import type pg from 'pg';
import { hashPassword } from '../api/auth/passwords.ts';
import { DEFAULT_RADIUS_M } from '../api/suggestions/rules.ts';
import { buildSuggestions } from '../api/suggestions/suggestions.service.ts';
import { areaConnections } from '../api/connector/connector-area.service.ts';
import { HttpSession } from '../tests/helpers/http-session.ts';
import { referenceCandidates, type City, type CityItem } from '../tests/helpers/suggestions-reference.ts';

type Measure = (what: string, step: (i: number) => Promise<number | void>) => Promise<{ p50: number; p95: number }>;

/** Only in the bench database: the sampled accounts get this password so the HTTP part can log in as them. */
const BENCH_PASSWORD = 'alleen voor de benchmark database';
const BRUTE_FORCE_UP_TO_ASSETS = 100_000;

export interface SuggestionTargets {
  residents: { id: string; email: string }[];
  organisations: { id: string; memberEmail: string; memberId: string }[];
  /** A connector (the first sampled resident) of the five buurten with the most items: suggestions for a whole buurt. */
  connector: { id: string; email: string; buurten: string[] };
}

/** 20 residents with a home and items, 10 placed organisations with items and their owners, sampled by hash. */
export async function suggestionTargets(db: pg.ClientBase): Promise<SuggestionTargets> {
  const residents = await db.query<{ id: string; email: string }>(
    `SELECT u.id, u.email FROM users u
     WHERE u.home_location IS NOT NULL AND EXISTS (SELECT 1 FROM assets a WHERE a.owner_user_id = u.id)
     ORDER BY md5(u.id::text) LIMIT 20`,
  );
  const organisations = await db.query<{ id: string; member_email: string; member_id: string }>(
    `SELECT o.id, u.email AS member_email, u.id AS member_id FROM organisations o
     JOIN LATERAL (SELECT m.user_id FROM organisation_members m WHERE m.organisation_id = o.id ORDER BY m.user_id LIMIT 1) m ON true
     JOIN users u ON u.id = m.user_id
     WHERE o.location IS NOT NULL AND EXISTS (SELECT 1 FROM assets a WHERE a.owner_organisation_id = o.id)
     ORDER BY md5(o.id::text) LIMIT 10`,
  );
  const ids = [...residents.rows.map((r) => r.id), ...organisations.rows.map((o) => o.member_id)];
  await db.query('UPDATE users SET password_hash = $1 WHERE id = ANY ($2)', [await hashPassword(BENCH_PASSWORD), ids]);
  const connector = residents.rows[0]!;
  const dense = await db.query<{ buurt_code: string }>(
    `SELECT buurt_code FROM assets WHERE buurt_code IS NOT NULL GROUP BY buurt_code ORDER BY count(*) DESC, buurt_code LIMIT 5`,
  );
  const buurten = dense.rows.map((row) => row.buurt_code);
  await db.query(
    `INSERT INTO connector_areas (user_id, buurt_code) SELECT $1, code FROM unnest($2::text[]) AS code
     ON CONFLICT DO NOTHING`,
    [connector.id, buurten],
  );
  return {
    residents: residents.rows,
    organisations: organisations.rows.map((o) => ({ id: o.id, memberEmail: o.member_email, memberId: o.member_id })),
    connector: { id: connector.id, email: connector.email, buurten },
  };
}

export async function measureSuggestionsSql(db: pg.Pool, targets: SuggestionTargets, assets: number, measure: Measure) {
  const request = (kind: 'resident' | 'organisation', id: string, viewerId: string) =>
    buildSuggestions(db, {
      subject: { kind, id },
      viewerId,
      radiusM: DEFAULT_RADIUS_M,
      language: 'nl',
      limit: 20,
    }).then(() => undefined);
  const engine = await measure('suggestions for a resident (service, SQL)', (i) => {
    const resident = targets.residents[i % targets.residents.length]!;
    return request('resident', resident.id, resident.id);
  });
  await measure('suggestions for an organisation (service, SQL)', (i) => {
    const organisation = targets.organisations[i % targets.organisations.length]!;
    return request('organisation', organisation.id, organisation.memberId);
  });
  await measure('suggestions for a whole buurt (connector view, service, SQL)', (i) =>
    areaConnections(
      db,
      targets.connector.id,
      targets.connector.buurten[i % targets.connector.buurten.length]!,
      'nl',
    ).then(() => undefined),
  );
  if (assets > BRUTE_FORCE_UP_TO_ASSETS * 1.1) return;
  let loaded: City | null = null;
  const load = await measure('brute force: read the city (all residents, items, organisations)', async () => {
    loaded = await loadCity(db);
  });
  const city = loaded!;
  const compute = await measure('brute force: one resident against the city read (TypeScript, turf)', async (i) => {
    const resident = targets.residents[i % targets.residents.length]!;
    referenceCandidates(
      city,
      { kind: 'resident', id: resident.id, viewerConnectorBuurten: [], radiusM: DEFAULT_RADIUS_M },
      0,
    );
  });
  console.log(
    `    engine vs brute force (p50): ${(compute.p50 / engine.p50).toFixed(1)}× faster than computing over a city already in memory, ` +
      `${((load.p50 + compute.p50) / engine.p50).toFixed(0)}× faster than reading the city and computing`,
  );
}

async function loadCity(db: pg.Pool): Promise<City> {
  const [residents, organisations, items, tags] = await Promise.all([
    db.query<{ id: string; lng: number | null; lat: number | null; buurt: string | null }>(
      `SELECT id, ST_X(home_location::geometry) AS lng, ST_Y(home_location::geometry) AS lat, home_buurt_code AS buurt FROM users`,
    ),
    db.query<{ id: string; lng: number | null; lat: number | null; buurt: string | null; tags: string[] }>(
      `SELECT id, ST_X(location) AS lng, ST_Y(location) AS lat, buurt_code AS buurt, tags FROM organisations`,
    ),
    db.query<Omit<CityItem, 'point'> & { lng: number | null; lat: number | null }>(
      `SELECT id, type, kind, tags, visibility, buurt_code AS buurt, owner_user_id AS "ownerUser",
              owner_organisation_id AS "ownerOrganisation",
              ST_X(ST_PointOnSurface(geom)) AS lng, ST_Y(ST_PointOnSurface(geom)) AS lat
       FROM assets`,
    ),
    db.query<{ key: string; domain_key: string }>('SELECT key, domain_key FROM tags'),
  ]);
  const point = (row: { lng: number | null; lat: number | null }) =>
    row.lng === null || row.lat === null ? null : { lng: row.lng, lat: row.lat };
  return {
    residents: residents.rows.map((r) => ({ id: r.id, home: point(r), buurt: r.buurt })),
    organisations: organisations.rows.map((o) => ({ id: o.id, point: point(o), buurt: o.buurt, tags: o.tags })),
    items: items.rows.map(({ lng, lat, ...item }) => ({ ...item, point: point({ lng, lat }) })),
    domainOf: new Map(tags.rows.map((t) => [t.key, t.domain_key])),
  };
}

/** Logs in over HTTP as a browser does and returns the cookie header of the session. */
async function logIn(url: string, email: string): Promise<string> {
  return (await HttpSession.logIn(url, { email, password: BENCH_PASSWORD })).cookieHeader;
}

export async function measureSuggestionsHttp(url: string, targets: SuggestionTargets, measure: Measure) {
  const residents = await Promise.all(
    targets.residents.slice(0, 10).map(async (r) => ({ cookie: await logIn(url, r.email) })),
  );
  const organisations = await Promise.all(
    targets.organisations.slice(0, 5).map(async (o) => ({ id: o.id, cookie: await logIn(url, o.memberEmail) })),
  );
  const get = async (path: string, cookie: string) => {
    const response = await fetch(`${url}${path}`, { headers: { cookie, 'accept-encoding': 'gzip' } });
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.arrayBuffer()).byteLength;
  };
  await measure('GET /api/me/suggestions', (i) => get('/api/me/suggestions', residents[i % residents.length]!.cookie));
  await measure('GET /api/organisations/{id}/suggestions', (i) => {
    const organisation = organisations[i % organisations.length]!;
    return get(`/api/organisations/${organisation.id}/suggestions`, organisation.cookie);
  });
  const connector = await logIn(url, targets.connector.email);
  await measure('GET /api/connector/areas/{buurt}/connections (a whole buurt)', (i) =>
    get(
      `/api/connector/areas/${targets.connector.buurten[i % targets.connector.buurten.length]}/connections`,
      connector,
    ),
  );
}
