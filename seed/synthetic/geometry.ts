import type { Random } from './random.ts';

// Points and shapes are drawn here, in TypeScript, rather than with ST_GeneratePoints: its output for one seed differs
// between PostGIS 3.3 and 3.6 (checked), and the demo must be the same city on the embedded database and on a server.
// Every PostGIS check afterwards (tests/seed) confirms the shapes lie where they say.

export type LngLat = [lng: number, lat: number];
/** GeoJSON MultiPolygon coordinates: polygons of rings of [lng, lat]; the first ring is the outer one. */
export type MultiPolygonCoordinates = LngLat[][][];

/** Rounds to 7 decimals (about 1 cm): smaller rows, and well inside the margins kept from every boundary. */
function round7(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}

/**
 * A buurt polygon prepared for many point-in-polygon and distance questions: its edges in a local metric frame
 * (equirectangular around its own centre, accurate to well under 0.1% across a buurt).
 */
export class AreaShape {
  readonly minLng: number;
  readonly minLat: number;
  readonly maxLng: number;
  readonly maxLat: number;
  private readonly originLng: number;
  private readonly originLat: number;
  private readonly metresPerLng: number;
  private readonly metresPerLat: number;
  /** Edges as x1, y1, x2, y2 in metres from the origin, every ring of every polygon together. */
  private readonly edges: Float64Array;

  constructor(coordinates: MultiPolygonCoordinates) {
    let minLng = Infinity;
    let minLat = Infinity;
    let maxLng = -Infinity;
    let maxLat = -Infinity;
    let edgeCount = 0;
    for (const polygon of coordinates) {
      for (const ring of polygon) {
        edgeCount += ring.length - 1;
        for (const [lng, lat] of ring) {
          minLng = Math.min(minLng, lng);
          maxLng = Math.max(maxLng, lng);
          minLat = Math.min(minLat, lat);
          maxLat = Math.max(maxLat, lat);
        }
      }
    }
    this.minLng = minLng;
    this.minLat = minLat;
    this.maxLng = maxLng;
    this.maxLat = maxLat;
    this.originLng = (minLng + maxLng) / 2;
    this.originLat = (minLat + maxLat) / 2;
    const phi = (this.originLat * Math.PI) / 180;
    // Length of a degree on the GRS80 ellipsoid at this latitude (series expansion).
    this.metresPerLat = 111_132.954 - 559.822 * Math.cos(2 * phi) + 1.175 * Math.cos(4 * phi);
    this.metresPerLng = 111_412.84 * Math.cos(phi) - 93.5 * Math.cos(3 * phi) + 0.118 * Math.cos(5 * phi);
    this.edges = new Float64Array(edgeCount * 4);
    let e = 0;
    for (const polygon of coordinates) {
      for (const ring of polygon) {
        for (let i = 0; i + 1 < ring.length; i++) {
          const [x1, y1] = this.toMetres(ring[i]!);
          const [x2, y2] = this.toMetres(ring[i + 1]!);
          this.edges[e++] = x1;
          this.edges[e++] = y1;
          this.edges[e++] = x2;
          this.edges[e++] = y2;
        }
      }
    }
  }

  toMetres([lng, lat]: LngLat): [x: number, y: number] {
    return [(lng - this.originLng) * this.metresPerLng, (lat - this.originLat) * this.metresPerLat];
  }

  toLngLat(x: number, y: number): LngLat {
    return [this.originLng + x / this.metresPerLng, this.originLat + y / this.metresPerLat];
  }

  /** Even-odd rule over all rings: holes and separate parts come out right for a valid MultiPolygon. */
  contains(point: LngLat): boolean {
    const [x, y] = this.toMetres(point);
    let inside = false;
    const edges = this.edges;
    for (let e = 0; e < edges.length; e += 4) {
      const y1 = edges[e + 1]!;
      const y2 = edges[e + 3]!;
      if (y1 > y !== y2 > y) {
        const x1 = edges[e]!;
        const x2 = edges[e + 2]!;
        if (x < x1 + ((y - y1) / (y2 - y1)) * (x2 - x1)) inside = !inside;
      }
    }
    return inside;
  }

  /** Metres from the point to the nearest edge of the polygon (inside or out). */
  distanceToBoundary(point: LngLat): number {
    const [x, y] = this.toMetres(point);
    let best = Infinity;
    const edges = this.edges;
    for (let e = 0; e < edges.length; e += 4) {
      const x1 = edges[e]!;
      const y1 = edges[e + 1]!;
      const dx = edges[e + 2]! - x1;
      const dy = edges[e + 3]! - y1;
      const lengthSquared = dx * dx + dy * dy;
      const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / lengthSquared));
      const ex = x1 + t * dx - x;
      const ey = y1 + t * dy - y;
      best = Math.min(best, ex * ex + ey * ey);
    }
    return Math.sqrt(best);
  }

  /** A point inside, at least `margin` metres from the boundary (rejection sampling in the bounding box), or null. */
  randomPointWithMargin(random: Random, margin: number, attempts = 400): LngLat | null {
    for (let i = 0; i < attempts; i++) {
      const point: LngLat = [random.between(this.minLng, this.maxLng), random.between(this.minLat, this.maxLat)];
      if (this.contains(point) && this.distanceToBoundary(point) >= margin) return [round7(point[0]), round7(point[1])];
    }
    return null;
  }

  /** A point inside, `margin` metres from the boundary if the buurt is wide enough, else as far as fits (at least 1 m). */
  randomPoint(random: Random, margin = 2): LngLat | null {
    for (let wanted = margin; wanted >= 1; wanted /= 2) {
      const point = this.randomPointWithMargin(random, wanted);
      if (point) return point;
    }
    return null;
  }

  /**
   * A star-shaped ring (vertices in order of angle, so it never crosses itself) around `centre`, every vertex within
   * `radius` metres of it: inside the buurt whenever the centre is at least `radius` from its boundary.
   */
  starRing(random: Random, centre: LngLat, radius: number, vertices: number): LngLat[] {
    const [cx, cy] = this.toMetres(centre);
    const start = random.next() * 2 * Math.PI;
    const step = (2 * Math.PI) / vertices;
    const ring: LngLat[] = [];
    for (let k = 0; k < vertices; k++) {
      const angle = start + k * step + random.between(-0.3, 0.3) * step;
      const r = radius * random.between(0.55, 0.95);
      const [lng, lat] = this.toLngLat(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
      ring.push([round7(lng), round7(lat)]);
    }
    ring.push(ring[0]!);
    return ring;
  }

  /** A point within `radius` metres of `centre` that is inside the buurt with a 2 m margin, or the centre itself. */
  pointNear(random: Random, centre: LngLat, radius: number): LngLat {
    const [cx, cy] = this.toMetres(centre);
    for (let i = 0; i < 20; i++) {
      const angle = random.next() * 2 * Math.PI;
      const r = radius * Math.sqrt(random.next());
      const [lng, lat] = this.toLngLat(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
      const point: LngLat = [round7(lng), round7(lat)];
      if (this.contains(point) && this.distanceToBoundary(point) >= 2) return point;
    }
    return centre;
  }
}
