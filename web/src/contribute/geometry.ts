import type { LngLat } from '../api/client.ts';
import type { DrawMode } from '../map/DrawShapeMap.tsx';

export type { DrawMode };

type Position = [lng: number, lat: number];

export type DrawnGeometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'Polygon'; coordinates: Position[][] };

/** The fewest points each way of drawing needs. */
export const MIN_POINTS: Readonly<Record<DrawMode, number>> = { point: 1, line: 2, polygon: 3 };

// Six decimals is about 10 cm: more only makes the request longer.
function positionOf({ lng, lat }: LngLat): Position {
  return [Number(lng.toFixed(6)), Number(lat.toFixed(6))];
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Drops a point that repeats the one before it (a double click adds the same corner twice). */
function withoutRepeats(positions: Position[]): Position[] {
  return positions.filter((position, index) => index === 0 || !samePosition(position, positions[index - 1]!));
}

/**
 * The drawn points as GeoJSON, [lng, lat]; a polygon's ring is closed (its last position repeats its first), as
 * GeoJSON requires. Null until there are enough different points for the shape.
 */
export function geometryOf(mode: DrawMode, lngLats: readonly LngLat[]): DrawnGeometry | null {
  const positions = withoutRepeats(lngLats.map(positionOf));
  if (mode === 'point') {
    const last = positions.at(-1);
    return last === undefined ? null : { type: 'Point', coordinates: last };
  }
  if (mode === 'line')
    return positions.length >= MIN_POINTS.line ? { type: 'LineString', coordinates: positions } : null;
  const open =
    positions.length > 1 && samePosition(positions[0]!, positions.at(-1)!) ? positions.slice(0, -1) : positions;
  if (open.length < MIN_POINTS.polygon) return null;
  return { type: 'Polygon', coordinates: [[...open, open[0]!]] };
}

/** How a place of this kind is usually drawn: a walking route as a line, a park as an area, the rest as a pin. */
export function drawModeForPlaceKind(kind: string): DrawMode {
  if (kind === 'walking-route') return 'line';
  if (kind === 'park') return 'polygon';
  return 'point';
}
