// The contribute pages' API calls. Types come from the API's own schemas, as in api-client.ts.
import type {
  HOW_OFTEN,
  INVENTORY_KINDS,
  ORGANISATION_ITEM_KINDS,
  PLACE_KINDS,
  STORY_KINDS,
  THING_KINDS,
  VISIBILITIES,
} from '../../../api/assets/asset-kinds.ts';
import type { Asset, CreateAssetBody, UpdateAssetBody } from '../../../api/assets/assets.schemas.ts';
import type { Organisation, OrganisationKind, UpdateOrganisationBody } from '../../../api/organisations/organisations.schemas.ts';
import { ApiError, getMyAssets, getOrganisation, getTaxonomy, type FieldError, type TaxonomyDomain } from '../api-client.ts';

export type { Asset, CreateAssetBody, Organisation, OrganisationKind, TaxonomyDomain, UpdateAssetBody, UpdateOrganisationBody };
// Reads the map page needs too live in api-client.ts; re-exported so these pages import their calls from one place.
export { getMyAssets, getOrganisation, getTaxonomy };
export type InventoryKind = keyof typeof INVENTORY_KINDS;
export type OrganisationItemKind = keyof typeof ORGANISATION_ITEM_KINDS;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type ThingKind = (typeof THING_KINDS)[number];
export type StoryKind = (typeof STORY_KINDS)[number];
export type Visibility = (typeof VISIBILITIES)[number];
export type HowOften = (typeof HOW_OFTEN)[number];

// api-client.ts keeps its request helper to itself; this is the same small helper (CSRF token, one retry when the
// token's cookie was lost, ApiError with the field errors). If api-client.ts exports its helper one day, use that.

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

let csrfToken: Promise<string> | null = null;
let onSessionEnded: (() => void) | null = null;

/** Called when the API answers 401: the session has ended, and the session context should learn so. */
export function setSessionEndedHandler(handler: (() => void) | null): void {
  onSessionEnded = handler;
}

function fetchCsrfToken(): Promise<string> {
  csrfToken ??= request<{ token: string }>('GET', '/api/auth/csrf-token').then(
    ({ token }) => token,
    (error: unknown) => {
      csrfToken = null;
      throw error;
    },
  );
  return csrfToken;
}

async function errorFrom(response: Response): Promise<ApiError> {
  let message = `${response.status} ${response.statusText}`;
  let errors: FieldError[] = [];
  try {
    const body = (await response.json()) as { message?: unknown; errors?: unknown };
    if (typeof body.message === 'string') message = body.message;
    if (Array.isArray(body.errors)) errors = body.errors as FieldError[];
  } catch {
    // Not JSON (a proxy's error page): the status line says enough.
  }
  const retryAfter = Number(response.headers.get('retry-after'));
  return new ApiError(response.status, message, errors, response.headers.has('retry-after') && Number.isFinite(retryAfter) ? retryAfter : null);
}

async function send(method: Method, path: string, body: unknown, signal: AbortSignal | undefined): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = await fetchCsrfToken();
  return fetch(path, { method, headers, signal, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function request<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let response = await send(method, path, body, signal);
  if (!response.ok && method !== 'GET') {
    const error = await errorFrom(response.clone());
    if (error.status === 403 && /csrf/i.test(error.message)) {
      csrfToken = null;
      response = await send(method, path, body, signal);
    }
  }
  if (!response.ok) {
    const error = await errorFrom(response);
    if (error.status === 401) onSessionEnded?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

// Assets

export function createAsset(body: CreateAssetBody): Promise<Asset> {
  return request('POST', '/api/assets', body);
}

export function updateAsset(id: string, changes: UpdateAssetBody): Promise<Asset> {
  return request('PATCH', `/api/assets/${encodeURIComponent(id)}`, changes);
}

export function deleteAsset(id: string): Promise<void> {
  return request('DELETE', `/api/assets/${encodeURIComponent(id)}`);
}

/** Answers "still active?" with yes. */
export function confirmAsset(id: string): Promise<Asset> {
  return request('POST', `/api/assets/${encodeURIComponent(id)}/confirm`);
}

// Organisations

export function createOrganisation(name: string, kind: OrganisationKind): Promise<Organisation> {
  return request('POST', '/api/organisations', { name, kind });
}

export function updateOrganisation(id: string, changes: UpdateOrganisationBody): Promise<Organisation> {
  return request('PATCH', `/api/organisations/${encodeURIComponent(id)}`, changes);
}
