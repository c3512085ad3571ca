import type { MapFeature, MapRequest, MapResponse } from '../api/assets.ts';

/** Features per request: the API's default page. */
export const PAGE_LIMIT = 500;
/** Exactly placed assets shown at most; past this, a note asks the visitor to zoom in or filter. */
export const FEATURE_CAP = 2000;

export type LoadMapPage = (query: MapRequest, cursor: string | null, signal?: AbortSignal) => Promise<MapResponse>;

export interface MapFeatures {
  features: MapFeature[];
  /** True when the API had more assets than FEATURE_CAP. */
  truncated: boolean;
  /** The privacy rule the API applied: the fewest residents a group shows, and the cell size. */
  privacy: MapResponse['privacy'];
}

/**
 * All pages of the map for one query, following `page.nextCursor` until the cap. The people layer comes with the
 * first page only, so it is counted once; the cap counts assets only.
 */
export async function loadMapFeatures(
  query: MapRequest,
  loadPage: LoadMapPage,
  signal?: AbortSignal,
): Promise<MapFeatures> {
  const features: MapFeature[] = [];
  let assetCount = 0;
  function collect(page: MapResponse): void {
    for (const feature of page.features) {
      features.push(feature);
      if (feature.properties.layer === 'asset') assetCount += 1;
    }
  }

  let page = await loadPage({ ...query, limit: PAGE_LIMIT }, null, signal);
  collect(page);
  while (page.page.nextCursor !== null && assetCount < FEATURE_CAP) {
    page = await loadPage(
      { ...query, limit: Math.min(PAGE_LIMIT, FEATURE_CAP - assetCount) },
      page.page.nextCursor,
      signal,
    );
    collect(page);
  }
  return { features, truncated: page.page.nextCursor !== null, privacy: page.privacy };
}
