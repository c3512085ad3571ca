import { bboxParams, type Bbox } from '../shared/bbox.ts';
import { firstRow, type Queryable } from '../shared/db.ts';
import { loadQueries, loadSql } from '../shared/sql.ts';

/** The public layers' rows (one UNION ALL, see public-features.sql), placed into each query below once, at load. */
const publicFeatures = loadSql(import.meta.url, 'sql/public-features.sql');
const sql = Object.fromEntries(
  Object.entries(loadQueries(import.meta.url, ['layer-items', 'layer-count', 'layer-feature', 'layer-extents'])).map(
    ([name, text]) => [name, text.replace('-- :public-features', publicFeatures)],
  ),
) as Record<'layerItems' | 'layerCount' | 'layerFeature' | 'layerExtents', string>;

/** A feature as the database wrote it: its geometry as GeoJSON text, to be spliced into the answer as it is. */
export interface FeatureRow {
  id: string;
  geometry: string;
  properties: Record<string, unknown>;
  /** A point of the feature (itself, or one inside an area), for the CSV export; pages only. */
  lng?: number;
  lat?: number;
}

export interface ExtentRow {
  layer: string;
  min_lng: number;
  min_lat: number;
  max_lng: number;
  max_lat: number;
}

export const ogcRepository = {
  /** A page of a layer's features in the bbox, in id order: after `afterId`, skipping `offset`, at most `limit`. */
  async items(
    db: Queryable,
    layer: string,
    bbox: Bbox,
    page: { afterId: string | null; offset: number; limit: number },
  ) {
    const { rows } = await db.query<FeatureRow>(sql.layerItems, [
      layer,
      ...bboxParams(bbox),
      page.afterId,
      page.limit,
      page.offset,
    ]);
    return rows;
  },

  async count(db: Queryable, layer: string, bbox: Bbox): Promise<number> {
    const row = await firstRow<{ count: number }>(db, sql.layerCount, [layer, ...bboxParams(bbox)]);
    return row?.count ?? 0;
  },

  async feature(db: Queryable, layer: string, id: string): Promise<FeatureRow | null> {
    return firstRow<FeatureRow>(db, sql.layerFeature, [layer, id]);
  },

  async extents(db: Queryable): Promise<ExtentRow[]> {
    return (await db.query<ExtentRow>(sql.layerExtents)).rows;
  },
};
