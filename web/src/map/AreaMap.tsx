import 'leaflet/dist/leaflet.css';
import type { GeoJSON as LeafletGeoJSON, GeoJSONOptions, LatLngTuple, Path, PathOptions, Polygon } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { GeoJSON, MapContainer, Pane, TileLayer, useMap } from 'react-leaflet';
import type { BuurtCollection, BuurtProperties, WijkCollection } from '../api-client.ts';
import type { BuurtSelection } from '../areas/selection.ts';
import { lngLatBboxOf } from '../geo.ts';
import { latLngBoundsOf } from './lat-lng.ts';

// The middle of the bounding box of all Tilburg buurten, so zoom 12 shows the whole municipality on a laptop.
const TILBURG_CENTRE_LAT_LNG: LatLngTuple = [51.585, 5.065];
const INITIAL_ZOOM = 12;
const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
// OpenStreetMap asks for this wording and link: https://www.openstreetmap.org/copyright
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>';
const WIJK_PANE = 'wijk-boundaries';

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

interface AreaMapProps {
  buurten: BuurtCollection | null;
  wijken: WijkCollection | null;
  selection: BuurtSelection | null;
  onSelectBuurt: (code: string) => void;
}

export function AreaMap({ buurten, wijken, selection, onSelectBuurt }: AreaMapProps) {
  const { t } = useTranslation();

  return (
    <MapContainer className="area-map" center={TILBURG_CENTRE_LAT_LNG} zoom={INITIAL_ZOOM}>
      <TileLayer url={OSM_TILE_URL} attribution={OSM_ATTRIBUTION} maxZoom={19} />
      <BoundariesAttribution text={t('map.boundariesAttribution')} />
      {buurten !== null && (
        <BuurtLayer buurten={buurten} selectedCode={selection?.code ?? null} onSelectBuurt={onSelectBuurt} />
      )}
      {wijken !== null && (
        // Wijk lines sit in their own pane above the buurten; the pane lets clicks through to the buurten.
        <Pane name={WIJK_PANE} className="wijk-pane" style={{ zIndex: 450 }}>
          <GeoJSON data={wijken} style={wijkStyle} />
        </Pane>
      )}
      {buurten !== null && <FitToListSelection buurten={buurten} selection={selection} />}
    </MapContainer>
  );
}

interface BuurtLayerProps {
  buurten: BuurtCollection;
  selectedCode: string | null;
  onSelectBuurt: (code: string) => void;
}

function BuurtLayer({ buurten, selectedCode, onSelectBuurt }: BuurtLayerProps) {
  const layerRef = useRef<LeafletGeoJSON>(null);
  // Leaflet binds the click handlers once, when it builds the layer; the ref keeps them calling the latest callback.
  const onSelectRef = useRef(onSelectBuurt);
  useEffect(function keepLatestSelectHandler() {
    onSelectRef.current = onSelectBuurt;
  });

  const prepareBuurtPath: PrepareFeatureLayer = function prepareBuurtPath(feature, layer) {
    const { code, name } = feature.properties as BuurtProperties;
    const path = layer as Path;
    path.bindTooltip(textElement(name), { sticky: true, className: 'buurt-tooltip' });
    path.on('click', function selectFromMap() {
      onSelectRef.current(code);
    });
    path.on('add', function markPath() {
      path.getElement()?.setAttribute('data-code', code);
    });
  };

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

// Leaflet puts a string tooltip in as HTML; a text node keeps a name from ever becoming markup.
function textElement(text: string): HTMLElement {
  const element = document.createElement('span');
  element.textContent = text;
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

interface FitToListSelectionProps {
  buurten: BuurtCollection;
  selection: BuurtSelection | null;
}

/** MapContainer reads its view props once; moving the map afterwards happens here, through the map instance. */
function FitToListSelection({ buurten, selection }: FitToListSelectionProps) {
  const map = useMap();

  useEffect(
    function fitSelectedBuurt() {
      if (selection?.source !== 'list') return;
      const buurt = buurten.features.find((feature) => feature.properties.code === selection.code);
      if (buurt === undefined) return;
      map.fitBounds(latLngBoundsOf(lngLatBboxOf(buurt.geometry)), { padding: [32, 32], maxZoom: 16 });
    },
    [map, buurten, selection],
  );

  return null;
}
