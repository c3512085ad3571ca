import type {
  AreaSource,
  BuurtCollection,
  BuurtFeature,
  BuurtPropertiesSchema,
  Municipality,
  WijkCollection,
  WijkFeature,
  WijkPropertiesSchema,
} from '../../../api/areas/areas.schemas.ts';
import type { BuurtSummary, WijkSummary } from '../../../api/assets/assets.schemas.ts';
import type { KompasSchema } from '../../../api/kompas/kompas.schemas.ts';
import type { MultiPolygon } from '../../../api/shared/geojson.schemas.ts';
import type { Static } from '@sinclair/typebox';
import { request, type Language } from './client.ts';

export type {
  AreaSource,
  BuurtCollection,
  BuurtFeature,
  BuurtSummary,
  Municipality,
  WijkCollection,
  WijkFeature,
  WijkSummary,
};
export type MultiPolygonGeometry = MultiPolygon;
export type BuurtProperties = Static<typeof BuurtPropertiesSchema>;
export type WijkProperties = Static<typeof WijkPropertiesSchema>;

/** The areas that have a profile (a kompas): its figures and assets against the municipality's mean. */
export type ProfileAreaType = Static<typeof KompasSchema>['area']['type'];

/** The loaded municipalities with their extents, the largest first. */
export function getMunicipalities(signal?: AbortSignal): Promise<Municipality[]> {
  return request('GET', '/api/areas/municipalities', { signal });
}

/** Where the loaded boundaries and key figures come from, those of the most boundaries first. */
export function getAreaSources(signal?: AbortSignal): Promise<AreaSource[]> {
  return request('GET', '/api/areas/sources', { signal });
}

export function getBuurten(signal?: AbortSignal): Promise<BuurtCollection> {
  return request('GET', '/api/areas/buurten', { signal });
}

export function getBuurt(code: string, signal?: AbortSignal): Promise<BuurtFeature> {
  return request('GET', `/api/areas/buurten/${encodeURIComponent(code)}`, { signal });
}

export function getWijken(signal?: AbortSignal): Promise<WijkCollection> {
  return request('GET', '/api/areas/wijken', { signal });
}

export function getBuurtSummary(code: string, language: Language, signal?: AbortSignal): Promise<BuurtSummary> {
  return request('GET', `/api/areas/buurten/${encodeURIComponent(code)}/summary?lang=${language}`, { signal });
}

export function getWijkSummary(code: string, language: Language, signal?: AbortSignal): Promise<WijkSummary> {
  return request('GET', `/api/areas/wijken/${encodeURIComponent(code)}/summary?lang=${language}`, { signal });
}
