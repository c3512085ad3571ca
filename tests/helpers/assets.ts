import type { App } from '../../api/app.ts';
import { CELL_SIZE_M, COUNTED_ACCOUNT_MIN_AGE_DAYS } from '../../api/shared/policy.ts';
import { HOME_LOCATION_CONSENT } from '../../api/me/consent-texts.ts';
import type { TestAccount } from './client.ts';

/** The centre of the grid cell (RD New, CELL_SIZE_M) that holds a buurt's point-on-surface, in WGS84. */
export async function cellCentreIn(app: App, buurtCode: string): Promise<{ lng: number; lat: number }> {
  const { rows } = await app.pg.query<{ lng: number; lat: number }>(
    `WITH p AS (SELECT ST_Transform(ST_PointOnSurface(geom), 28992) AS rd FROM buurten WHERE code = $1),
          c AS (SELECT ST_Transform(ST_SetSRID(ST_MakePoint((floor(ST_X(rd) / $2) + 0.5) * $2, (floor(ST_Y(rd) / $2) + 0.5) * $2), 28992), 4326) AS g FROM p)
     SELECT ST_X(g) AS lng, ST_Y(g) AS lat FROM c`,
    [buurtCode, CELL_SIZE_M],
  );
  return rows[0]!;
}

/** Moves a point by metres (small distances, near Tilburg's latitude). */
export function offset(point: { lng: number; lat: number }, eastMetres: number, northMetres: number) {
  return { lng: point.lng + eastMetres / 69_300, lat: point.lat + northMetres / 111_200 };
}

/** A point as the GeoJSON geometry of a place. */
export function geoJsonPoint(point: { lng: number; lat: number }) {
  return { type: 'Point', coordinates: [point.lng, point.lat] };
}

export async function setHome(account: TestAccount, point: { lng: number; lat: number }) {
  const response = await account.client.put('/api/me/home-location', {
    ...point,
    consentTextVersion: HOME_LOCATION_CONSENT.version,
  });
  if (response.statusCode !== 200) throw new Error(`home location refused: ${response.body}`);
}

export async function addItem(account: TestAccount, item: Record<string, unknown>) {
  const response = await account.client.post('/api/assets', item);
  if (response.statusCode !== 201) throw new Error(`asset refused: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string } & Record<string, unknown>;
}

/**
 * Makes accounts count toward k on the map, in summaries and digests: their e-mail address confirmed, and signed up
 * longer ago than COUNTED_ACCOUNT_MIN_AGE_DAYS. A fresh test account does not count.
 */
export async function settle(app: App, ...accounts: { id: string }[]) {
  await app.pg.query(
    `UPDATE users SET email_verified_at = coalesce(email_verified_at, now()), created_at = now() - make_interval(days => $2 + 1)
     WHERE id = ANY ($1::uuid[])`,
    [accounts.map((account) => account.id), COUNTED_ACCOUNT_MIN_AGE_DAYS],
  );
}

/**
 * A choir that rehearses at `location` and looks for a room to do it in: what an organisation offering a room is
 * suggested. Set up through the API by its board (an account of `board`).
 */
export async function choirLookingForSpace(board: TestAccount, name: string, location: { lng: number; lat: number }) {
  const choir = (await board.client.post('/api/organisations', { name, kind: 'association' })).json() as { id: string };
  const moved = await board.client.patch(`/api/organisations/${choir.id}`, { location });
  if (moved.statusCode !== 200) throw new Error(`organisation refused: ${moved.statusCode} ${moved.body}`);
  await addItem(board, {
    type: 'organisation-item',
    ownerOrganisationId: choir.id,
    kind: 'space',
    title: 'Repetitieruimte gezocht',
    tags: [],
  });
  return choir;
}
