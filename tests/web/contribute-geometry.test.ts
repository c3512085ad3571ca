import { describe, expect, it } from 'vitest';
import { drawModeForPlaceKind, geometryOf } from '../../web/src/contribute/geometry.ts';

const a = { lng: 5.08, lat: 51.56 };
const b = { lng: 5.09, lat: 51.56 };
const c = { lng: 5.09, lat: 51.57 };

describe('turning drawn points into GeoJSON', () => {
  it('closes a polygon’s ring: its last position repeats its first, in [lng, lat] order', () => {
    expect(geometryOf('polygon', [a, b, c])).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [5.08, 51.56],
          [5.09, 51.56],
          [5.09, 51.57],
          [5.08, 51.56],
        ],
      ],
    });
  });

  it('does not close a ring twice when the last corner was put on the first', () => {
    expect(geometryOf('polygon', [a, b, c, a])).toEqual(geometryOf('polygon', [a, b, c]));
  });

  it('needs three different corners for an area and two points for a route', () => {
    expect(geometryOf('polygon', [a, b])).toBeNull();
    expect(geometryOf('polygon', [a, b, b])).toBeNull();
    expect(geometryOf('line', [a])).toBeNull();
    expect(geometryOf('line', [a, a])).toBeNull();
    expect(geometryOf('line', [a, b])).toEqual({
      type: 'LineString',
      coordinates: [
        [5.08, 51.56],
        [5.09, 51.56],
      ],
    });
  });

  it('keeps the last point placed for a pin, and nothing without one', () => {
    expect(geometryOf('point', [a, b])).toEqual({ type: 'Point', coordinates: [5.09, 51.56] });
    expect(geometryOf('point', [])).toBeNull();
  });

  it('rounds to six decimals (about 10 cm)', () => {
    expect(geometryOf('point', [{ lng: 5.123456789, lat: 51.987654321 }])).toEqual({
      type: 'Point',
      coordinates: [5.123457, 51.987654],
    });
  });

  it('draws a walking route as a line, a park as an area and other places as a pin', () => {
    expect(drawModeForPlaceKind('walking-route')).toBe('line');
    expect(drawModeForPlaceKind('park')).toBe('polygon');
    expect(drawModeForPlaceKind('garden')).toBe('point');
  });
});
