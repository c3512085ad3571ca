import { describe, expect, it } from 'vitest';
import type { MapFeature, MapRequest, MapResponse } from '../../web/src/api/assets.ts';
import { FEATURE_CAP, loadMapFeatures, PAGE_LIMIT } from '../../web/src/map-page/load-map-features.ts';

function asset(index: number): MapFeature {
  return {
    type: 'Feature',
    id: `asset-${index}`,
    geometry: { type: 'Point', coordinates: [5.08, 51.56] },
    properties: { layer: 'asset', assetType: 'place', kind: 'garden', title: `Tuin ${index}` },
  };
}

const peopleCell: MapFeature = {
  type: 'Feature',
  id: 'cell:1:2',
  geometry: { type: 'Polygon', coordinates: [] },
  properties: { layer: 'people-cell', people: 6, fewerThan: 5 },
};

/** A fake API with `total` assets, paged by position, the people layer on the first page only. */
function fakeApi(total: number) {
  const calls: { query: MapRequest; cursor: string | null }[] = [];
  async function loadPage(query: MapRequest, cursor: string | null): Promise<MapResponse> {
    calls.push({ query, cursor });
    const start = cursor === null ? 0 : Number(cursor);
    const limit = query.limit ?? PAGE_LIMIT;
    const assets = Array.from({ length: Math.max(0, Math.min(limit, total - start)) }, (_, i) => asset(start + i));
    const end = start + assets.length;
    return {
      type: 'FeatureCollection',
      features: cursor === null ? [...assets, peopleCell] : assets,
      page: { limit, nextCursor: end < total ? String(end) : null },
      privacy: { k: 5, cellSizeMetres: 250, membersLimit: 300 },
    };
  }
  return { calls, loadPage };
}

describe('loadMapFeatures', () => {
  it('asks once when everything fits on one page', async () => {
    const api = fakeApi(3);
    const result = await loadMapFeatures({ bbox: 'b' }, api.loadPage);
    expect(result.features.map((feature) => feature.id)).toEqual(['asset-0', 'asset-1', 'asset-2', 'cell:1:2']);
    expect(result.truncated).toBe(false);
    expect(result.privacy).toEqual({ k: 5, cellSizeMetres: 250, membersLimit: 300 });
    expect(api.calls).toEqual([{ query: { bbox: 'b', limit: PAGE_LIMIT }, cursor: null }]);
  });

  it('follows the cursor page by page, and keeps the people layer of the first page once', async () => {
    const api = fakeApi(1_200);
    const result = await loadMapFeatures({ bbox: 'b', q: 'tuin' }, api.loadPage);
    expect(api.calls.map((call) => call.cursor)).toEqual([null, '500', '1000']);
    expect(result.features).toHaveLength(1_201);
    expect(result.features.filter((feature) => feature.properties.layer === 'people-cell')).toHaveLength(1);
    expect(result.truncated).toBe(false);
  });

  it('stops at the cap and says there was more', async () => {
    const api = fakeApi(5_000);
    const result = await loadMapFeatures({ bbox: 'b' }, api.loadPage);
    expect(result.features.filter((feature) => feature.properties.layer === 'asset')).toHaveLength(FEATURE_CAP);
    expect(result.truncated).toBe(true);
    expect(api.calls).toHaveLength(FEATURE_CAP / PAGE_LIMIT);
  });

  it('asks the last page only for what is left under the cap', async () => {
    const api = fakeApi(5_000);
    await loadMapFeatures({ bbox: 'b' }, async (query, cursor) => {
      // An API that gives a smaller first page: the rest is still capped exactly.
      return api.loadPage(cursor === null ? { ...query, limit: 300 } : query, cursor);
    });
    expect(api.calls.map((call) => call.query.limit)).toEqual([300, 500, 500, 500, 200]);
  });
});
