import { describe, expect, it } from 'vitest';
import { AreaShape, type LngLat } from '../../seed/synthetic/geometry.ts';
import { Random } from '../../seed/synthetic/random.ts';

// About 700 m × 1100 m near Tilburg, with a 100 m square hole in the middle.
const OUTER: LngLat[] = [
  [5.08, 51.55],
  [5.09, 51.55],
  [5.09, 51.56],
  [5.08, 51.56],
  [5.08, 51.55],
];
const HOLE: LngLat[] = [
  [5.0843, 51.5545],
  [5.0857, 51.5545],
  [5.0857, 51.5554],
  [5.0843, 51.5554],
  [5.0843, 51.5545],
];
const shape = new AreaShape([[OUTER, HOLE]]);

describe('AreaShape', () => {
  it('knows what is inside: not outside the outer ring, not in a hole', () => {
    expect(shape.contains([5.082, 51.552])).toBe(true);
    expect(shape.contains([5.095, 51.552])).toBe(false);
    expect(shape.contains([5.085, 51.555])).toBe(false);
  });

  it('measures the distance to the nearest edge in metres', () => {
    // 0.001° of longitude at 51.55° N is about 69 m.
    expect(shape.distanceToBoundary([5.081, 51.5525])).toBeGreaterThan(68);
    expect(shape.distanceToBoundary([5.081, 51.5525])).toBeLessThan(70);
  });

  it('draws points inside, at least the margin from the boundary', () => {
    const random = new Random(5);
    for (let i = 0; i < 200; i++) {
      const point = shape.randomPoint(random, 20)!;
      expect(shape.contains(point)).toBe(true);
      expect(shape.distanceToBoundary(point)).toBeGreaterThanOrEqual(19.9);
    }
  });

  it('gives up (null) when no point fits the margin', () => {
    expect(shape.randomPointWithMargin(new Random(5), 2_000, 50)).toBeNull();
  });

  it('draws a closed ring within the radius of its centre', () => {
    const random = new Random(9);
    const centre: LngLat = [5.0815, 51.5515];
    const ring = shape.starRing(random, centre, 40, 8);
    expect(ring).toHaveLength(9);
    expect(ring[0]).toEqual(ring[8]);
    const [cx, cy] = shape.toMetres(centre);
    for (const vertex of ring) {
      const [x, y] = shape.toMetres(vertex);
      expect(Math.hypot(x - cx, y - cy)).toBeLessThanOrEqual(40);
    }
  });
});
