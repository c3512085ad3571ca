import 'leaflet/dist/leaflet.css';
import type { GeoJSON as LeafletGeoJSON, GeoJSONOptions, LatLngTuple, Map as LeafletMap, Path, PathOptions, Polygon } from 'leaflet';
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GeoJSON, MapContainer, Pane, TileLayer, useMap, useMapEvents, ZoomControl } from 'react-leaflet';
import type { BuurtCollection, BuurtProperties, WijkCollection } from '../api-client.ts';
import type { BuurtSelection } from '../map-page/selection.ts';
import { lngLatBboxOf, type LngLatBbox } from '../geo.ts';
import { latLngBoundsOf } from './lat-lng.ts';

// The middle of the bounding box of all Tilburg buurten, so zoom 12 shows the whole municipality on a laptop.
const TILBURG_CENTRE_LAT_LNG: LatLngTuple = [51.585, 5.065];
const INITIAL_ZOOM = 12;
const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
// OpenStreetMap asks for this wording and link: https://www.openstreetmap.org/copyright
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>';
const WIJK_PANE = 'wijk-boundaries';
// The map asks for features once it has stood still this long, not on every step of a pan.
const VIEWPORT_DEBOUNCE_MS = 300;
// From these zooms on, marker titles and residents' counts are shown (the map container gets a class).
const LABELS_ZOOM = 15;
const PEOPLE_BADGES_ZOOM = 16;

type PrepareFeatureLayer = NonNullable<GeoJSONOptions['onEachFeature']>;

/** Each buurt's SVG path carries this class and a data-code attribute: styling hooks, and how browser tests find a buurt. */
const BUURT_SHAPE_CLASS = 'buurt-shape';
const SELECTED_BUURT_CLASS = 'buurt-shape--selected';

const buurtStyle: PathOptions = {
  className: BUURT_SHAPE_CLASS,
  color: '#2f6f86',
  weight: 1,
  fillColor: '#2f6f86',
  fillOpacity: 0.12,
};

const wijkStyle: PathOptions = {
  color: '#1d3340',
  weight: 2.5,
  opacity: 0.75,
  fill: false,
  interactive: false,
};

export interface CoveredEdges {
  left: number;
  bottom: number;
}

const NOT_COVERED: CoveredEdges = { left: 0, bottom: 0 };
const FIT_MARGIN = 32;

interface AreaMapProps {
  buurten: BuurtCollection | null;
  wijken: WijkCollection | null;
  selection: BuurtSelection | null;
  onSelectBuurt: (code: string) => void;
  /** Pixels along each edge that a panel covers, so a chosen buurt is fitted into the part still in view. */
  coveredEdges?: CoveredEdges;
  /** The part of the world in view, after the map has stood still (and once at the start). */
  onViewportChange?: (bbox: LngLatBbox) => void;
  /** A second line for a buurt's tooltip (such as its wijk's figure on a coloured map), asked when the tooltip opens. */
  describeBuurt?: (buurt: BuurtProperties) => string | null;
  /** Layers drawn over the boundaries (they may call useMap()). */
  children?: ReactNode;
}

export function AreaMap({ buurten, wijken, selection, onSelectBuurt, coveredEdges = NOT_COVERED, onViewportChange, describeBuurt, children }: AreaMapProps) {
  const { t, i18n } = useTranslation();

  return (
    <MapContainer className="area-map" center={TILBURG_CENTRE_LAT_LNG} zoom={INITIAL_ZOOM} zoomControl={false}>
      {/* Leaflet reads the titles once: a new control for each language. */}
      <ZoomControl key={i18n.language} zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />
      <FollowContainerSize />
      <ZoomClasses />
      {onViewportChange !== undefined && <ReportViewport onViewportChange={onViewportChange} />}
      <TileLayer url={OSM_TILE_URL} attribution={OSM_ATTRIBUTION} maxZoom={19} />
      <BoundariesAttribution text={t('map.boundariesAttribution')} />
      {buurten !== null && (
        <BuurtLayer buurten={buurten} selectedCode={selection?.code ?? null} onSelectBuurt={onSelectBuurt} describeBuurt={describeBuurt} />
      )}
      {wijken !== null && (
        // Wijk lines sit in their own pane above the buurten; the pane lets clicks through to the buurten.
        <Pane name={WIJK_PANE} className="wijk-pane" style={{ zIndex: 450 }}>
          <GeoJSON data={wijken} style={wijkStyle} />
        </Pane>
      )}
      {buurten !== null && <FitToSelection buurten={buurten} selection={selection} coveredEdges={coveredEdges} />}
      {children}
    </MapContainer>
  );
}

interface BuurtLayerProps {
  buurten: BuurtCollection;
  selectedCode: string | null;
  onSelectBuurt: (code: string) => void;
  describeBuurt: ((buurt: BuurtProperties) => string | null) | undefined;
}

function BuurtLayer({ buurten, selectedCode, onSelectBuurt, describeBuurt }: BuurtLayerProps) {
  const layerRef = useRef<LeafletGeoJSON>(null);
  // Leaflet binds the click handlers once, when it builds the layer; the refs keep them calling the latest callbacks.
  const onSelectRef = useRef(onSelectBuurt);
  const describeRef = useRef(describeBuurt);
  useEffect(function keepLatestHandlers() {
    onSelectRef.current = onSelectBuurt;
    describeRef.current = describeBuurt;
  });

  const prepareBuurtPath: PrepareFeatureLayer = function prepareBuurtPath(feature, layer) {
    const buurt = feature.properties as BuurtProperties;
    const { code, name } = buurt;
    const path = layer as Path;
    // A function: Leaflet asks for the content each time the tooltip opens, so it follows the latest description.
    path.bindTooltip(
      function buurtTooltip() {
        return textElement(name, describeRef.current?.(buurt) ?? null);
      },
      { sticky: true, className: 'buurt-tooltip' },
    );
    path.on('click', function selectFromMap() {
      onSelectRef.current(code);
    });
    path.on('add', function markPath() {
      const element = path.getElement();
      element?.setAttribute('data-code', code);
      // Leaflet listens for focus to show the tooltip, which makes Chrome put each of the 251 shapes in the Tab order;
      // keyboard users choose a buurt in the list instead.
      element?.setAttribute('tabindex', '-1');
    });
  };

  // An open tooltip is not asked again by itself: a new description (another indicator) refreshes it.
  useEffect(
    function refreshOpenTooltip() {
      layerRef.current?.eachLayer(function refresh(layer) {
        const tooltip = layer.getTooltip();
        if (tooltip?.isOpen()) tooltip.update();
      });
    },
    [describeBuurt],
  );

  useEffect(
    function highlightSelectedBuurt() {
      const path = selectedCode === null ? undefined : findBuurtPath(layerRef.current, selectedCode);
      if (path === undefined) return;
      path.getElement()?.classList.add(SELECTED_BUURT_CLASS);
      path.bringToFront();
      return function removeHighlight() {
        path.getElement()?.classList.remove(SELECTED_BUURT_CLASS);
      };
    },
    [selectedCode],
  );

  return <GeoJSON ref={layerRef} data={buurten} style={buurtStyle} onEachFeature={prepareBuurtPath} />;
}

function findBuurtPath(layer: LeafletGeoJSON | null, code: string): Polygon | undefined {
  const polygons = (layer?.getLayers() ?? []) as Polygon<BuurtProperties>[];
  return polygons.find((polygon) => polygon.feature?.properties.code === code);
}

// Leaflet puts a string tooltip in as HTML; text nodes keep a name from ever becoming markup.
function textElement(text: string, more: string | null = null): HTMLElement {
  const element = document.createElement('span');
  element.textContent = text;
  if (more !== null) {
    const line = document.createElement('span');
    line.className = 'buurt-tooltip__more';
    line.textContent = more;
    element.append(line);
  }
  return element;
}

interface BoundariesAttributionProps {
  text: string;
}

/** The boundary sources in the attribution control, in the current language. */
function BoundariesAttribution({ text }: BoundariesAttributionProps) {
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

interface FitToSelectionProps {
  buurten: BuurtCollection;
  selection: BuurtSelection | null;
  coveredEdges: CoveredEdges;
}

/**
 * MapContainer reads its view props once; moving the map afterwards happens here, through the map instance.
 * Every new selection object is fitted, so choosing the same buurt again in the list brings it back into view.
 */
function FitToSelection({ buurten, selection, coveredEdges }: FitToSelectionProps) {
  const map = useMap();
  // Read when a new selection is fitted; a panel opening or closing later does not move the map by itself.
  const coveredRef = useRef(coveredEdges);
  useEffect(function keepLatestCoveredEdges() {
    coveredRef.current = coveredEdges;
  });

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
      const { left, bottom } = coveredRef.current;
      map.fitBounds(latLngBoundsOf(box), {
        paddingTopLeft: [FIT_MARGIN + left, FIT_MARGIN],
        paddingBottomRight: [FIT_MARGIN, FIT_MARGIN + bottom],
        maxZoom: 16,
      });
    },
    [map, buurten, selection],
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
function ReportViewport({ onViewportChange }: ReportViewportProps) {
  const map = useMap();
  const onChangeRef = useRef(onViewportChange);
  useEffect(function keepLatestChangeHandler() {
    onChangeRef.current = onViewportChange;
  });

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
    [map],
  );

  return null;
}

/** Leaflet only notices a window resize; this also catches the map's box changing (a panel opening beside it). */
function FollowContainerSize() {
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
function ZoomClasses() {
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
