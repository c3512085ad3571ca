import type {
  LatLngBoundsLiteral,
  LatLngTuple,
  LeafletMouseEvent,
  Map as LeafletMap,
  PathOptions,
  StyleFunction,
} from 'leaflet';
import { useCallback, useEffect, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { TileLayer, useMap, useMapEvents } from 'react-leaflet';
import type { BuurtCollection, BuurtProperties } from '../api/areas.ts';
import type { LngLat } from '../api/client.ts';
import { lngLatBboxOf } from '../geo.ts';
import { instanceArea } from './instance-area.ts';
import { DEFAULT_TILES, useInstance } from '../instance/instance-settings.ts';
import { latLngBoundsOf, latLngOf } from './lat-lng.ts';

// Zoom 12 around the middle of a municipality's buurten shows a city the size of Tilburg whole on a laptop.
const CITY_ZOOM = 12;
// Where a map opens when it does not know the instance's area: the Netherlands.
const COUNTRY_VIEW = { center: [52.2, 5.3] as LatLngTuple, zoom: 7 };

/** Where the city map opens: the middle of the largest municipality's extent (from the data), at CITY_ZOOM. */
export function instanceView(municipalities: readonly { extent: number[] }[] | 'unknown') {
  const extent = municipalities === 'unknown' ? undefined : municipalities[0]?.extent;
  if (extent === undefined) return COUNTRY_VIEW;
  const [west = 0, south = 0, east = 0, north = 0] = extent;
  return { center: [(south + north) / 2, (west + east) / 2] as LatLngTuple, zoom: CITY_ZOOM };
}
const POINT_ZOOM = 16;

/** A picked point, drawn over the map. */
export const pointStyle: PathOptions = { color: '#b45309', weight: 3, fillColor: '#f59e0b', fillOpacity: 0.9 };
// Outlines only, and not clickable: a click anywhere must reach the map and place the point.
const outlineStyle: PathOptions = { color: '#2f6f86', weight: 1, fillOpacity: 0, interactive: false };

/** Text for Leaflet's attribution, which it shows as HTML: the instance's credit is plain text. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * The background map every map draws on, from the instance's settings; nothing until they are known, so no tile is
 * asked of a server the Content-Security-Policy does not name. A new tile server makes a new layer (the key):
 * Leaflet's layer does not take a new attribution or maximum zoom.
 */
export function BackgroundTiles() {
  const instance = useInstance();
  const map = useMap();
  const tiles = instance === 'unknown' ? DEFAULT_TILES : instance?.tiles;
  const maxZoom = tiles?.maxZoom ?? DEFAULT_TILES.maxZoom;
  // Leaflet takes the deepest zoom from its layers and cannot fit a view without one: the map holds it while the
  // layer is not there yet (before the other parts' effects fit their views).
  useLayoutEffect(
    function limitZoom() {
      map.setMaxZoom(maxZoom);
    },
    [map, maxZoom],
  );
  if (tiles === undefined) return null;
  return (
    <TileLayer
      key={`${tiles.url} ${tiles.attribution} ${tiles.maxZoom}`}
      url={tiles.url}
      attribution={escapeHtml(tiles.attribution)}
      maxZoom={tiles.maxZoom}
    />
  );
}

/** A ref that always holds the latest value: for handlers Leaflet binds once. */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(function keepLatest() {
    ref.current = value;
  });
  return ref;
}

interface PickOnClickProps {
  onPick: (lngLat: LngLat) => void;
}

/** A click on the map picks the point under it. */
export function PickOnClick({ onPick }: PickOnClickProps) {
  const latestOnPick = useLatest(onPick);
  useMapEvents({
    click(event: LeafletMouseEvent) {
      latestOnPick.current({ lng: event.latlng.lng, lat: event.latlng.lat });
    },
  });
  return null;
}

/** The point in the middle of the map: what keyboard users pick after moving the map with the arrow keys. */
function centreOf(map: LeafletMap): LngLat {
  const centre = map.getCenter();
  return { lng: centre.lng, lat: centre.lat };
}

interface MapDescription {
  label?: string;
  labelledBy?: string;
  describedBy?: string | undefined;
}

/** The map's container as a named group, so screen readers say what the map is for. */
export function useMapDescription(map: LeafletMap | null, { label, labelledBy, describedBy }: MapDescription): void {
  useEffect(
    function describeMap() {
      const container = map?.getContainer();
      if (container === undefined) return;
      container.setAttribute('role', 'group');
      if (label !== undefined) container.setAttribute('aria-label', label);
      if (labelledBy !== undefined) container.setAttribute('aria-labelledby', labelledBy);
      if (describedBy === undefined) container.removeAttribute('aria-describedby');
      else container.setAttribute('aria-describedby', describedBy);
    },
    [map, label, labelledBy, describedBy],
  );
}

/** The bounds of one buurt, or null when there is no such buurt (or no code, or no buurten yet). */
export function boundsOfBuurt(
  buurten: BuurtCollection | undefined,
  code: string | null | undefined,
): LatLngBoundsLiteral | null {
  const buurt = buurten?.features.find((feature) => feature.properties.code === code);
  return buurt === undefined ? null : latLngBoundsOf(lngLatBboxOf(buurt.geometry));
}

/** Where a map to pick or draw on opens: on its point, else on the bounds given, else on the whole city. */
export function openingView(point: LngLat | null, bounds: LatLngBoundsLiteral | null) {
  if (point !== null) return { center: latLngOf(point), zoom: POINT_ZOOM };
  return bounds === null ? instanceView(instanceArea() ?? 'unknown') : { bounds };
}

/** Buurt outlines, one buurt (the person's own) drawn in its own style. */
export function useHighlightedBuurt(code: string | null | undefined, highlight: PathOptions): StyleFunction {
  const style = useCallback<StyleFunction<BuurtProperties>>(
    (feature) => (feature?.properties.code === code ? highlight : outlineStyle),
    [code, highlight],
  );
  return style as StyleFunction;
}

interface CentreButtonProps {
  map: LeafletMap | null;
  onPick: (lngLat: LngLat) => void;
  className?: string;
  children: ReactNode;
}

/** The button under a map that takes the point in its centre: the keyboard's way to place a point. */
export function CentreButton({ map, onPick, className, children }: CentreButtonProps) {
  return (
    <button
      type="button"
      className={className === undefined ? 'button' : `button ${className}`}
      onClick={() => map !== null && onPick(centreOf(map))}
      disabled={map === null}
    >
      {children}
    </button>
  );
}
