import type { MapRequest } from '../api/assets.ts';
import { isAreaCode } from '../../../api/shared/area-codes.ts';

/** The layers of the map, in the order the legend and the filters show them; `people` is residents in aggregate. */
export const LAYER_TYPES = ['organisation', 'place', 'organisation-item', 'thing', 'story', 'people'] as const;
export type LayerType = (typeof LAYER_TYPES)[number];

export type Direction = 'offer' | 'wish';

/** What the visitor chose to see. The URL's query string is the only place these live, so a link shares them. */
export interface MapFilters {
  /** Never empty unless the visitor switched every layer off. */
  types: LayerType[];
  domains: string[];
  tags: string[];
  direction: Direction | null;
  buurt: string | null;
  /** A wijk: its buurten (with `buurt`, the buurt if it lies in the wijk). */
  wijk: string | null;
  /** As typed; sent to the API only from MIN_QUERY_LENGTH characters on. */
  q: string;
}

export type ResultsView = 'map' | 'list';

const MIN_QUERY_LENGTH = 2;
const MAX_QUERY_LENGTH = 100;
const KEY_PATTERN = /^[a-z0-9-]{2,40}$/;
const FILTER_PARAMS = ['types', 'domains', 'tags', 'direction', 'wijk', 'buurt', 'q'] as const;

export const NO_FILTERS: MapFilters = {
  types: [...LAYER_TYPES],
  domains: [],
  tags: [],
  direction: null,
  buurt: null,
  wijk: null,
  q: '',
};

function isLayerType(value: string): value is LayerType {
  return (LAYER_TYPES as readonly string[]).includes(value);
}

function listParam(params: URLSearchParams, name: string): string[] {
  const value = params.get(name);
  if (value === null || value.trim() === '') return [];
  return [...new Set(value.split(',').map((part) => part.trim()))];
}

/** Reads the filters from a query string; anything the API would refuse (unknown types, malformed keys) is dropped. */
export function filtersFromSearch(params: URLSearchParams): MapFilters {
  // No `types` at all means every layer; `types=` (empty) means the visitor switched them all off.
  const types = params.has('types') ? listParam(params, 'types').filter(isLayerType) : [...LAYER_TYPES];
  const direction = params.get('direction');
  const buurt = params.get('buurt');
  const wijk = params.get('wijk');
  return {
    types: LAYER_TYPES.filter((type) => types.includes(type)),
    domains: listParam(params, 'domains').filter((key) => KEY_PATTERN.test(key)),
    tags: listParam(params, 'tags').filter((key) => KEY_PATTERN.test(key)),
    direction: direction === 'offer' || direction === 'wish' ? direction : null,
    buurt: buurt !== null && isAreaCode('buurt', buurt) ? buurt : null,
    wijk: wijk !== null && isAreaCode('wijk', wijk) ? wijk : null,
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
  };
}

/** The query string with these filters, keeping every other parameter (such as the view) as it was. */
export function searchWithFilters(params: URLSearchParams, filters: MapFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of FILTER_PARAMS) next.delete(name);
  if (filters.types.length !== LAYER_TYPES.length)
    next.set('types', LAYER_TYPES.filter((type) => filters.types.includes(type)).join(','));
  if (filters.domains.length > 0) next.set('domains', filters.domains.join(','));
  if (filters.tags.length > 0) next.set('tags', filters.tags.join(','));
  if (filters.direction !== null) next.set('direction', filters.direction);
  if (filters.wijk !== null) next.set('wijk', filters.wijk);
  if (filters.buurt !== null) next.set('buurt', filters.buurt);
  if (filters.q.trim() !== '') next.set('q', filters.q.trim());
  return next;
}

export function viewFromSearch(params: URLSearchParams): ResultsView {
  return params.get('view') === 'list' ? 'list' : 'map';
}

export function searchWithView(params: URLSearchParams, view: ResultsView): URLSearchParams {
  const next = new URLSearchParams(params);
  if (view === 'list') next.set('view', 'list');
  else next.delete('view');
  return next;
}

/** The text actually searched for: too short a text would match nearly everything, so it is not sent. */
function effectiveQuery(filters: MapFilters): string | null {
  const q = filters.q.trim();
  return q.length >= MIN_QUERY_LENGTH ? q : null;
}

/** The GET /api/map query for these filters and a bbox; null when no layer is switched on (nothing to ask). */
export function mapRequestOf(filters: MapFilters, bbox: string): MapRequest | null {
  if (filters.types.length === 0) return null;
  const request: MapRequest = { bbox };
  if (filters.types.length !== LAYER_TYPES.length) request.types = filters.types.join(',');
  if (filters.domains.length > 0) request.domains = filters.domains.join(',');
  if (filters.tags.length > 0) request.tags = filters.tags.join(',');
  if (filters.direction !== null) request.direction = filters.direction;
  if (filters.buurt !== null) request.buurt = filters.buurt;
  if (filters.wijk !== null) request.wijk = filters.wijk;
  const q = effectiveQuery(filters);
  if (q !== null) request.q = q;
  return request;
}

/** Two filter sets that ask the API the same question have the same key. */
export function filtersKey(filters: MapFilters): string {
  return JSON.stringify(mapRequestOf(filters, '') ?? 'nothing');
}

export function hasActiveFilters(filters: MapFilters): boolean {
  return filtersKey(filters) !== filtersKey(NO_FILTERS);
}
