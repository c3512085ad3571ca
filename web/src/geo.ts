import bbox from '@turf/bbox';
import type { MultiPolygonGeometry } from './api-client.ts';

/** A bounding box in GeoJSON axis order: west, south, east, north. */
export type LngLatBbox = [minLng: number, minLat: number, maxLng: number, maxLat: number];

export function lngLatBboxOf(geometry: MultiPolygonGeometry): LngLatBbox {
  const [minLng, minLat, maxLng, maxLat] = bbox(geometry);
  return [minLng, minLat, maxLng, maxLat];
}

export function squareMetresToHectares(areaM2: number): number {
  return areaM2 / 10_000;
}
