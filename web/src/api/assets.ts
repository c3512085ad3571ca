import type {
  Asset,
  CreateAssetBody,
  MapFeatureSchema,
  MapQuery,
  MapResponse,
  UpdateAssetBody,
} from '../../../api/assets/assets.schemas.ts';
import type { DomainSchema } from '../../../api/taxonomy/taxonomy.schemas.ts';
import type { Static } from '@sinclair/typebox';
import { request } from './client.ts';

export type { Asset, CreateAssetBody, MapResponse, UpdateAssetBody };
export type MapFeature = Static<typeof MapFeatureSchema>;
/** The query of GET /api/map, every value as the API reads it from the query string. */
export type MapRequest = Omit<MapQuery, 'cursor' | 'limit'> & { limit?: number };
export type {
  HowOften,
  InventoryKind,
  OrganisationItemKind,
  PlaceKind,
  StoryKind,
  ThingKind,
  Visibility,
} from '../../../api/assets/asset-kinds.ts';

/** A domain of the taxonomy with its tags, labelled in both languages. */
export type TaxonomyDomain = Static<typeof DomainSchema>;

export function getTaxonomy(signal?: AbortSignal): Promise<TaxonomyDomain[]> {
  return request('GET', '/api/taxonomy', { signal });
}

/** One page of the map; `cursor` is the previous page's `page.nextCursor`. Empty values are left out of the query. */
export function getMapPage(query: MapRequest, cursor: string | null, signal?: AbortSignal): Promise<MapResponse> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  if (cursor !== null) params.set('cursor', cursor);
  return request('GET', `/api/map?${params.toString()}`, { signal });
}

export function getAsset(id: string, signal?: AbortSignal): Promise<Asset> {
  return request('GET', `/api/assets/${encodeURIComponent(id)}`, { signal });
}

/** My own items and those of my organisations (places I added included): the inventory, and what I may pledge. */
export function getMyAssets(signal?: AbortSignal): Promise<Asset[]> {
  return request('GET', '/api/me/assets', { signal });
}

export function createAsset(body: CreateAssetBody): Promise<Asset> {
  return request('POST', '/api/assets', { body });
}

export function updateAsset(id: string, changes: UpdateAssetBody): Promise<Asset> {
  return request('PATCH', `/api/assets/${encodeURIComponent(id)}`, { body: changes });
}

export function deleteAsset(id: string): Promise<void> {
  return request('DELETE', `/api/assets/${encodeURIComponent(id)}`);
}

/** Answers "still active?" with yes. */
export function confirmAsset(id: string): Promise<Asset> {
  return request('POST', `/api/assets/${encodeURIComponent(id)}/confirm`);
}
