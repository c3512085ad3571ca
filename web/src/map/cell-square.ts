import type { LngLatBbox } from '../geo.ts';

// Metres in one degree of latitude (the mean; the difference over the Netherlands is far below a metre per cell).
const METRES_PER_DEGREE_LAT = 111_320;

/**
 * The square of `sizeMetres` around a centre, as a bbox in GeoJSON axis order, by simple metre offsets. The API gives
 * a resident only as the centre of their 250 m home cell (RD New grid); this draws that cell approximately (the RD
 * grid is turned a little against lines of longitude), which is all it is meant to say: somewhere in here.
 */
export function cellSquare(centre: { lng: number; lat: number }, sizeMetres: number): LngLatBbox {
  const half = sizeMetres / 2;
  const dLat = half / METRES_PER_DEGREE_LAT;
  const dLng = half / (METRES_PER_DEGREE_LAT * Math.cos((centre.lat * Math.PI) / 180));
  return [centre.lng - dLng, centre.lat - dLat, centre.lng + dLng, centre.lat + dLat];
}
