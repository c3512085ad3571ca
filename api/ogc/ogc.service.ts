import { buildMap } from '../assets/map.service.ts';
import { WORLD, type Bbox } from '../shared/bbox.ts';
import type { Queryable } from '../shared/db.ts';
import { ogcRepository as repository, type FeatureRow } from './ogc.repository.ts';

export type { FeatureRow };

/** The cells layer's id; its features come from the map, not from public-features.sql. */
export const PEOPLE_CELLS = 'people-cells';

interface Page {
  /** In id order. */
  features: FeatureRow[];
  /** How many features the layer has in the bbox. */
  matched: number;
}

interface CellFeature extends FeatureRow {
  box: Bbox;
}

/** The corners of a GeoJSON geometry's coordinates. */
function boxOf(coordinates: unknown, box: Bbox = { minLng: 180, minLat: 90, maxLng: -180, maxLat: -90 }): Bbox {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') {
    const [lng, lat] = coordinates as [number, number];
    return {
      minLng: Math.min(box.minLng, lng),
      minLat: Math.min(box.minLat, lat),
      maxLng: Math.max(box.maxLng, lng),
      maxLat: Math.max(box.maxLat, lat),
    };
  }
  return Array.isArray(coordinates) ? coordinates.reduce((sum: Bbox, part) => boxOf(part, sum), box) : box;
}

const meets = (a: Bbox, b: Bbox) =>
  a.minLng <= b.maxLng && b.minLng <= a.maxLng && a.minLat <= b.maxLat && b.minLat <= a.maxLat;

/**
 * The people layer exactly as the map shows it to an anonymous visitor (buildMap with no viewer): counts per 250 m
 * cell, a cell only from k residents on. The k rule and the counting stay in the map's queries; this only reshapes
 * their cells into features, in id order. Buurt groups ("fewer than k" or a count per buurt) are not a cell layer.
 */
async function peopleCells(db: Queryable): Promise<CellFeature[]> {
  const map = JSON.parse(
    await buildMap(
      db,
      { bbox: WORLD, types: ['people'], tags: null, direction: null, buurten: null, text: null },
      { cursor: null, limit: 1 },
      null,
    ),
  ) as {
    features: { id: string; geometry: { coordinates: unknown }; properties: { layer: string; people: number } }[];
  };
  return map.features
    .filter((feature) => feature.properties.layer === 'people-cell')
    .map((feature) => ({
      id: feature.id.replace(/^cell:/, ''),
      geometry: JSON.stringify(feature.geometry),
      properties: { people: feature.properties.people },
      box: boxOf(feature.geometry.coordinates),
    }))
    .map((cell) => ({
      ...cell,
      lng: (cell.box.minLng + cell.box.maxLng) / 2,
      lat: (cell.box.minLat + cell.box.maxLat) / 2,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const withoutBox = ({ box: _box, ...row }: CellFeature): FeatureRow => row;

/** A page of a layer's features that meet the bbox, in id order. */
export async function layerPage(
  db: Queryable,
  layer: string,
  bbox: Bbox,
  page: { offset: number; limit: number },
): Promise<Page> {
  if (layer === PEOPLE_CELLS) {
    const cells = (await peopleCells(db)).filter((cell) => meets(cell.box, bbox));
    return { features: cells.slice(page.offset, page.offset + page.limit).map(withoutBox), matched: cells.length };
  }
  const [features, matched] = await Promise.all([
    repository.items(db, layer, bbox, { afterId: null, ...page }),
    repository.count(db, layer, bbox),
  ]);
  return { features, matched };
}

/** One feature of a layer, or null. */
export async function layerFeature(db: Queryable, layer: string, id: string): Promise<FeatureRow | null> {
  if (layer === PEOPLE_CELLS) {
    const cell = (await peopleCells(db)).find((candidate) => candidate.id === id);
    return cell ? withoutBox(cell) : null;
  }
  return repository.feature(db, layer, id);
}

/** The bbox of each layer that has features. */
export async function layerExtents(db: Queryable): Promise<Map<string, Bbox>> {
  const [rows, cells] = await Promise.all([repository.extents(db), peopleCells(db)]);
  const extents = new Map<string, Bbox>(
    rows.map((row) => [
      row.layer,
      { minLng: row.min_lng, minLat: row.min_lat, maxLng: row.max_lng, maxLat: row.max_lat },
    ]),
  );
  if (cells.length > 0)
    extents.set(
      PEOPLE_CELLS,
      boxOf(
        cells.map((cell) => [
          [cell.box.minLng, cell.box.minLat],
          [cell.box.maxLng, cell.box.maxLat],
        ]),
      ),
    );
  return extents;
}

/** Pages of a whole layer, in id order, each read when the one before has been used: the exports' constant memory. */
export async function* wholeLayer(db: Queryable, layer: string, pageSize = 1000): AsyncGenerator<FeatureRow[]> {
  if (layer === PEOPLE_CELLS) {
    // A city has a few thousand cells at most; the map makes them in one answer.
    yield (await peopleCells(db)).map(withoutBox);
    return;
  }
  let afterId: string | null = null;
  for (;;) {
    const rows = await repository.items(db, layer, WORLD, { afterId, offset: 0, limit: pageSize });
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    afterId = rows.at(-1)!.id;
  }
}
