import bbox from '@turf/bbox';
import type { AllGeoJSON } from '@turf/helpers';
import type { MultiPolygonGeometry } from './api/areas.ts';
import type { MapFeature } from './api/assets.ts';

/** A bounding box in GeoJSON axis order: west, south, east, north. */
export type LngLatBbox = [minLng: number, minLat: number, maxLng: number, maxLat: number];

/** A position in GeoJSON axis order. */
export type LngLatPosition = [lng: number, lat: number];

/** A geometry as the map API returns it: Point, LineString or Polygon (or a buurt's MultiPolygon), in [lng, lat]. */
export type LngLatGeometry = MultiPolygonGeometry | MapFeature['geometry'];

export function lngLatBboxOf(geometry: LngLatGeometry): LngLatBbox {
  const [minLng, minLat, maxLng, maxLat] = bbox(geometry as AllGeoJSON);
  return [minLng, minLat, maxLng, maxLat];
}

function isPosition(value: unknown): value is LngLatPosition {
  return Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number';
}

/**
 * Where a marker for a geometry goes: a point itself, the middle vertex of a line (so the marker sits on the route),
 * and the middle of a polygon's bounding box (parks and squares are compact enough for that to fall inside).
 */
export function labelPositionOf(geometry: LngLatGeometry): LngLatPosition | null {
  if (geometry.type === 'Point') return isPosition(geometry.coordinates) ? geometry.coordinates : null;
  if (geometry.type === 'LineString') {
    const middle: unknown = geometry.coordinates[Math.floor(geometry.coordinates.length / 2)];
    return isPosition(middle) ? middle : null;
  }
  if (geometry.coordinates.length === 0) return null;
  const [minLng, minLat, maxLng, maxLat] = lngLatBboxOf(geometry);
  return [(minLng + maxLng) / 2, (minLat + maxLat) / 2];
}

/**
 * The bbox as the map API takes it (`minLng,minLat,maxLng,maxLat`), clamped to the world and rounded to about a metre,
 * so that a map moved by less than a metre asks the same question.
 */
export function bboxQueryOf([minLng, minLat, maxLng, maxLat]: LngLatBbox): string {
  const clamp = (value: number, limit: number) => Math.min(limit, Math.max(-limit, value));
  return [clamp(minLng, 180), clamp(minLat, 90), clamp(maxLng, 180), clamp(maxLat, 90)]
    .map((value) => value.toFixed(5))
    .join(',');
}

export function squareMetresToHectares(areaM2: number): number {
  return areaM2 / 10_000;
}
