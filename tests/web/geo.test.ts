import { describe, expect, it } from 'vitest';
import type { MultiPolygonGeometry } from '../../web/src/api/areas.ts';
import { lngLatBboxOf, squareMetresToHectares } from '../../web/src/geo.ts';
import { latLngBoundsOf } from '../../web/src/map/lat-lng.ts';

const twoSquares: MultiPolygonGeometry = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [5.05, 51.55],
        [5.06, 51.55],
        [5.06, 51.56],
        [5.05, 51.55],
      ],
    ],
    [
      [
        [5.08, 51.57],
        [5.09, 51.57],
        [5.09, 51.58],
        [5.08, 51.57],
      ],
    ],
  ],
};

describe('lngLatBboxOf', () => {
  it('spans all polygons of a multipolygon, in GeoJSON order west, south, east, north', () => {
    expect(lngLatBboxOf(twoSquares)).toEqual([5.05, 51.55, 5.09, 51.58]);
  });
});

describe('latLngBoundsOf', () => {
  it('turns a [lng, lat] bbox into Leaflet [lat, lng] south-west and north-east corners', () => {
    expect(latLngBoundsOf([5.05, 51.55, 5.09, 51.58])).toEqual([
      [51.55, 5.05],
      [51.58, 5.09],
    ]);
  });
});

describe('squareMetresToHectares', () => {
  it('divides by ten thousand', () => {
    expect(squareMetresToHectares(314_601)).toBeCloseTo(31.4601);
  });
});
