// Response types come from the API's own TypeBox schemas (one source for validation, OpenAPI and the web).
import type {
  BuurtCollection,
  BuurtFeature,
  LookupResult,
  WijkCollection,
  WijkFeature,
} from '../../api/areas/areas.schemas.ts';
import type { Health } from '../../api/health/health.schemas.ts';
import type { MultiPolygon } from '../../api/shared/geojson.schemas.ts';

export type { BuurtCollection, BuurtFeature, WijkCollection, WijkFeature };
export type MultiPolygonGeometry = MultiPolygon;
export type BuurtProperties = BuurtFeature['properties'];
export type WijkProperties = WijkFeature['properties'];
export type HealthResponse = Health;
export type AreaLookupResponse = LookupResult;

export class ApiError extends Error {
  readonly status: number;

  constructor(path: string, status: number) {
    super(`GET ${path} answered ${status}`);
    this.name = 'ApiError';
    this.status = status;
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) {
    throw new ApiError(path, response.status);
  }
  return (await response.json()) as T;
}

export function getBuurten(signal?: AbortSignal): Promise<BuurtCollection> {
  return getJson('/api/areas/buurten', signal);
}

export function getWijken(signal?: AbortSignal): Promise<WijkCollection> {
  return getJson('/api/areas/wijken', signal);
}
