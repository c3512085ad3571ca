import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { cellSquare } from '../../web/src/map/cell-square.ts';

describe('the square drawn around a resident’s cell centre', () => {
  const centre = { lng: 5.0913, lat: 51.5555 };
  const [west, south, east, north] = cellSquare(centre, 250);

  it('is 250 m wide and high, within a metre', () => {
    expect(Math.abs(distance([west, centre.lat], [east, centre.lat], { units: 'meters' }) - 250)).toBeLessThan(1);
    expect(Math.abs(distance([centre.lng, south], [centre.lng, north], { units: 'meters' }) - 250)).toBeLessThan(1);
  });

  it('has the centre in its middle', () => {
    expect((west + east) / 2).toBeCloseTo(centre.lng, 10);
    expect((south + north) / 2).toBeCloseTo(centre.lat, 10);
  });
});
