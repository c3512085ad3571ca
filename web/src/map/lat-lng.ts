import type { LatLngBoundsLiteral, LatLngTuple } from 'leaflet';
import type { LngLatBbox } from '../geo.ts';

/** Leaflet wants [lat, lng]; everything before this edge speaks GeoJSON's [lng, lat]. */
export function latLngBoundsOf(lngLatBbox: LngLatBbox): LatLngBoundsLiteral {
  const [minLng, minLat, maxLng, maxLat] = lngLatBbox;
  return [
    [minLat, minLng],
    [maxLat, maxLng],
  ];
}

/** A GeoJSON-order point as Leaflet's [lat, lng]. */
export function latLngOf({ lng, lat }: { lng: number; lat: number }): LatLngTuple {
  return [lat, lng];
}
