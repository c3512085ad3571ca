import { badRequest } from './http-error.ts';

export interface Bbox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

export const WORLD: Bbox = { minLng: -180, minLat: -90, maxLng: 180, maxLat: 90 };

/** The box as a query's first four parameters, `$1..$4`: minLng, minLat, maxLng, maxLat. */
export function bboxParams(bbox: Bbox): [number, number, number, number] {
  return [bbox.minLng, bbox.minLat, bbox.maxLng, bbox.maxLat];
}

/** Parses a `bbox` query value that already matched `BboxQuerySchema`; rejects ranges and order the pattern cannot. */
export function parseBbox(value: string, field = 'querystring/bbox'): Bbox {
  const [minLng, minLat, maxLng, maxLat] = value.split(',').map((part) => Number(part.trim())) as [
    number,
    number,
    number,
    number,
  ];
  if (minLng < -180 || maxLng > 180) throw badRequest(field, 'range', 'longitudes must be between -180 and 180');
  if (minLat < -90 || maxLat > 90) throw badRequest(field, 'range', 'latitudes must be between -90 and 90');
  if (minLng > maxLng) throw badRequest(field, 'order', 'minLng must be <= maxLng');
  if (minLat > maxLat) throw badRequest(field, 'order', 'minLat must be <= maxLat');
  return { minLng, minLat, maxLng, maxLat };
}
