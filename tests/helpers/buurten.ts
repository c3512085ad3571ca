import { expect } from 'vitest';
import type { App } from '../../api/app.ts';
import type { BuurtCollection, BuurtFeature } from '../../web/src/api/areas.ts';
import { lngLatBboxOf } from '../../web/src/geo.ts';

type LngLat = [number, number];

/** Ray casting: whether a point lies inside a ring of [lng, lat] positions. */
function insideRing([lng, lat]: LngLat, ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as LngLat;
    const [xj, yj] = ring[j] as LngLat;
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideBuurt(point: LngLat, buurt: BuurtFeature): boolean {
  return buurt.geometry.coordinates.some(
    ([outer, ...holes]) =>
      outer !== undefined && insideRing(point, outer) && !holes.some((hole) => insideRing(point, hole)),
  );
}

/**
 * A buurt larger than `minAreaM2` whose bounding-box centre, and the points a `marginShare` of the box's width and
 * height away from it, lie inside it: maps open on a buurt's bounding box, so a click around the middle of the map
 * lands in that buurt.
 */
export function buurtAroundItsCentre(
  buurten: BuurtCollection,
  { minAreaM2, marginShare }: { minAreaM2: number; marginShare: number },
): BuurtFeature {
  const found = buurten.features.find((buurt) => {
    const [west, south, east, north] = lngLatBboxOf(buurt.geometry);
    const [lng, lat] = [(west + east) / 2, (south + north) / 2];
    const [dx, dy] = [(east - west) * marginShare, (north - south) * marginShare];
    const around: LngLat[] = [
      [lng, lat],
      [lng - dx, lat],
      [lng + dx, lat],
      [lng, lat - dy],
      [lng, lat + dy],
    ];
    return buurt.properties.areaM2 > minAreaM2 && around.every((point) => insideBuurt(point, buurt));
  });
  expect(found, 'some buurt contains the centre of its bounding box').toBeDefined();
  return found!;
}

/** The name of a buurt, by its code. */
export async function buurtNameOf(app: App, buurtCode: string): Promise<string> {
  const { rows } = await app.pg.query<{ name: string }>('SELECT name FROM buurten WHERE code = $1', [buurtCode]);
  return rows[0]!.name;
}
