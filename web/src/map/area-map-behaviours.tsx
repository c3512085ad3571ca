import type { Map as LeafletMap } from 'leaflet';
import { useCallback, useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { BuurtCollection } from '../api/areas.ts';
import type { BuurtSelection } from '../map-page/selection.ts';
import { lngLatBboxOf, type LngLatBbox } from '../geo.ts';
import { latLngBoundsOf } from './lat-lng.ts';
import { useLatest } from './map-parts.tsx';

// The map asks for features once it has stood still this long, not on every step of a pan.
const VIEWPORT_DEBOUNCE_MS = 300;
// From these zooms on, marker titles and residents' counts are shown (the map container gets a class).
const LABELS_ZOOM = 15;
const PEOPLE_BADGES_ZOOM = 16;
const FIT_MARGIN = 32;

export interface CoveredEdges {
  left: number;
  bottom: number;
}

interface BoundariesAttributionProps {
  text: string;
}

/** The boundary sources in the attribution control, in the current language. */
export function BoundariesAttribution({ text }: BoundariesAttributionProps) {
  const map = useMap();

  useEffect(
    function showAttribution() {
      map.attributionControl.addAttribution(text);
      return function hideAttribution() {
        map.attributionControl.removeAttribution(text);
      };
    },
    [map, text],
  );

  return null;
}

/**
 * Moves the map to a municipality's extent when another one is chosen (it opened on the first: a shared link to a
 * buurt keeps its view).
 */
export function FitToMunicipality({ extent }: { extent: number[] }) {
  const map = useMap();
  const [west = 0, south = 0, east = 0, north = 0] = extent;
  const key = `${west},${south},${east},${north}`;
  const fitted = useRef(key);

  useEffect(
    function fitMunicipality() {
      if (key === fitted.current) return;
      fitted.current = key;
      map.fitBounds(latLngBoundsOf([west, south, east, north]), { padding: [FIT_MARGIN, FIT_MARGIN] });
    },
    [map, key, west, south, east, north],
  );

  return null;
}

interface FitToSelectionProps {
  buurten: BuurtCollection;
  selection: BuurtSelection | null;
  /** What panels cover of the map, asked as each new selection is fitted. */
  coveredEdges: () => CoveredEdges;
}

/**
 * MapContainer reads its view props once; moving the map afterwards happens here, through the map instance.
 * Every new selection object is fitted, so choosing the same buurt again in the list brings it back into view.
 */
export function FitToSelection({ buurten, selection, coveredEdges }: FitToSelectionProps) {
  const map = useMap();
  // Asked when a new selection is fitted; a panel opening or closing later does not move the map by itself.
  const coveredRef = useLatest(coveredEdges);

  useEffect(
    function fitSelectedBuurt() {
      if (selection === null) return;
      // A buurt, or a wijk: all its buurten.
      const chosen = buurten.features.filter(
        (feature) => feature.properties.code === selection.code || feature.properties.wijkCode === selection.code,
      );
      if (chosen.length === 0) return;
      const boxes = chosen.map((feature) => lngLatBboxOf(feature.geometry));
      const box: LngLatBbox = [
        Math.min(...boxes.map((b) => b[0])),
        Math.min(...boxes.map((b) => b[1])),
        Math.max(...boxes.map((b) => b[2])),
        Math.max(...boxes.map((b) => b[3])),
      ];
      const { left, bottom } = coveredRef.current();
      map.fitBounds(latLngBoundsOf(box), {
        paddingTopLeft: [FIT_MARGIN + left, FIT_MARGIN],
        paddingBottomRight: [FIT_MARGIN, FIT_MARGIN + bottom],
        maxZoom: 16,
      });
    },
    [map, buurten, selection, coveredRef],
  );

  return null;
}

function boundsAsLngLatBbox(map: LeafletMap): LngLatBbox {
  const bounds = map.getBounds();
  return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
}

interface ReportViewportProps {
  onViewportChange: (bbox: LngLatBbox) => void;
}

/** Reports the bbox in view once the map stops moving; a map with no size (not laid out yet) reports nothing. */
export function ReportViewport({ onViewportChange }: ReportViewportProps) {
  const map = useMap();
  const onChangeRef = useLatest(onViewportChange);

  useEffect(
    function reportAfterMoves() {
      let timer: ReturnType<typeof setTimeout> | undefined;
      function reportSoon(): void {
        clearTimeout(timer);
        timer = setTimeout(function report() {
          const size = map.getSize();
          if (size.x > 0 && size.y > 0) onChangeRef.current(boundsAsLngLatBbox(map));
        }, VIEWPORT_DEBOUNCE_MS);
      }
      map.whenReady(reportSoon);
      map.on('moveend', reportSoon);
      return function stopReporting() {
        clearTimeout(timer);
        map.off('moveend', reportSoon);
      };
    },
    [map, onChangeRef],
  );

  return null;
}

/** Leaflet only notices a window resize; this also catches the map's box changing (a panel opening beside it). */
export function FollowContainerSize() {
  const map = useMap();

  useEffect(
    function watchContainer() {
      const observer = new ResizeObserver(function resizeMap() {
        map.invalidateSize({ debounceMoveend: true });
      });
      observer.observe(map.getContainer());
      return function stopWatching() {
        observer.disconnect();
      };
    },
    [map],
  );

  return null;
}

/** Classes on the map container that say how far in it is zoomed, so CSS shows labels only where they fit. */
export function ZoomClasses() {
  const map = useMap();

  const markZoom = useCallback(
    function markZoom() {
      const zoom = map.getZoom();
      const container = map.getContainer();
      container.classList.toggle('area-map--labels', zoom >= LABELS_ZOOM);
      container.classList.toggle('area-map--people-badges', zoom >= PEOPLE_BADGES_ZOOM);
    },
    [map],
  );

  useEffect(markZoom, [markZoom]);
  useMapEvents({ zoomend: markZoom });
  return null;
}
