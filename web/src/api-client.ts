/** A GeoJSON position: longitude first, as in GeoJSON, turf and PostGIS. */
export type LngLat = [lng: number, lat: number];

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: LngLat[][][];
}

export interface AreaFeature<Properties> {
  type: 'Feature';
  id: string;
  geometry: MultiPolygonGeometry;
  properties: Properties;
}

export interface AreaFeatureCollection<Properties> {
  type: 'FeatureCollection';
  features: AreaFeature<Properties>[];
}

export interface BuurtProperties {
  code: string;
  name: string;
  wijkCode: string;
  wijkName: string;
  areaM2: number;
}

export interface WijkProperties {
  code: string;
  name: string;
  municipalityCode: string;
  buurtCount: number;
  inhabitants: number | null;
}

export type BuurtFeature = AreaFeature<BuurtProperties>;
export type BuurtCollection = AreaFeatureCollection<BuurtProperties>;
export type WijkFeature = AreaFeature<WijkProperties>;
export type WijkCollection = AreaFeatureCollection<WijkProperties>;

export interface HealthResponse {
  status: 'ok';
  database: 'embedded' | 'postgres';
  postgis: string;
}

export interface AreaLookupResponse {
  buurt: { code: string; name: string } | null;
  wijk: { code: string; name: string };
  municipality: { code: string; name: string };
}

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
