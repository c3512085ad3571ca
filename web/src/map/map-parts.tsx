import type { LatLngTuple, LeafletMouseEvent, Map as LeafletMap, PathOptions } from 'leaflet';
import { useEffect, useRef, type RefObject } from 'react';
import { TileLayer, useMapEvents } from 'react-leaflet';
import type { LngLat } from '../api/client.ts';

// The middle of the bounding box of all Tilburg buurten, so zoom 12 shows the whole municipality on a laptop.
export const TILBURG_CENTRE_LAT_LNG: LatLngTuple = [51.585, 5.065];
export const CITY_ZOOM = 12;
export const POINT_ZOOM = 16;

const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
// OpenStreetMap asks for this wording and link: https://www.openstreetmap.org/copyright
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>';

/** A picked point, drawn over the map. */
export const pointStyle: PathOptions = { color: '#b45309', weight: 3, fillColor: '#f59e0b', fillOpacity: 0.9 };
// Outlines only, and not clickable: a click anywhere must reach the map and place the point.
export const outlineStyle: PathOptions = { color: '#2f6f86', weight: 1, fillOpacity: 0, interactive: false };

/** The OpenStreetMap background every map draws on. */
export function OsmTiles() {
  return <TileLayer url={OSM_TILE_URL} attribution={OSM_ATTRIBUTION} maxZoom={19} />;
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
export function centreOf(map: LeafletMap): LngLat {
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
