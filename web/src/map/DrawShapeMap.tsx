import 'leaflet/dist/leaflet.css';
import './pick-map.css';
import './draw-shape-map.css';
import type { LatLngBoundsLiteral, Map as LeafletMap, PathOptions } from 'leaflet';
import { useState } from 'react';
import { CircleMarker, GeoJSON, MapContainer, Polygon, Polyline } from 'react-leaflet';
import type { BuurtCollection } from '../api/areas.ts';
import type { LngLat } from '../api/client.ts';
import { latLngOf } from './lat-lng.ts';
import {
  boundsOfBuurt,
  CentreButton,
  openingView,
  BackgroundTiles,
  PickOnClick,
  pointStyle,
  useHighlightedBuurt,
  useMapDescription,
} from './map-parts.tsx';

export type DrawMode = 'point' | 'line' | 'polygon';

// Styling hooks, and how browser tests find what was drawn.
const VERTEX_CLASS = 'drawn-vertex';
const LINE_CLASS = 'drawn-line';
const AREA_CLASS = 'drawn-area';

// Nothing drawn is clickable: every click must reach the map and add a point. A vertex looks like a picked point.
const vertexStyle: PathOptions = { ...pointStyle, interactive: false };
const firstVertexStyle: PathOptions = { ...vertexStyle, fillColor: '#ffffff' };
const shapeStyle: PathOptions = {
  color: '#b45309',
  weight: 4,
  fillColor: '#f59e0b',
  fillOpacity: 0.25,
  interactive: false,
};
const focusBuurtStyle: PathOptions = {
  color: '#1f6178',
  weight: 3,
  fillColor: '#1f6178',
  fillOpacity: 0.06,
  interactive: false,
};

interface DrawShapeMapProps {
  mode: DrawMode;
  /** The points so far, in drawing order (one for a point). */
  lngLats: readonly LngLat[];
  /** A click on the map, or the centre button: for a point, the new point; for a line or area, the next corner. */
  onAddPoint: (lngLat: LngLat) => void;
  /** Buurt outlines, so it is clear where the shape may go. */
  buurten?: BuurtCollection;
  /** The buurt to open on and to highlight (the person's own), when nothing is drawn yet. */
  focusBuurtCode?: string | null;
  /** The map's accessible name. */
  label: string;
  describedBy?: string;
  /** The text of the button that adds the map's centre: the keyboard way to draw. */
  centreButtonLabel: string;
}

function boundsOfLngLats(lngLats: readonly LngLat[]): LatLngBoundsLiteral {
  const lats = lngLats.map(({ lat }) => lat);
  const lngs = lngLats.map(({ lng }) => lng);
  return [
    [Math.min(...lats), Math.min(...lngs)],
    [Math.max(...lats), Math.max(...lngs)],
  ];
}

function initialViewOf(
  lngLats: readonly LngLat[],
  buurten: BuurtCollection | undefined,
  focusBuurtCode: string | null | undefined,
) {
  if (lngLats.length > 1) return { bounds: boundsOfLngLats(lngLats) };
  return openingView(lngLats[0] ?? null, boundsOfBuurt(buurten, focusBuurtCode));
}

/**
 * A map to put something on: a click places a point, or adds the next corner of a line or area. Keyboard users move
 * the map with the arrow keys (zoom with + and −) and add the point under the cross in the middle with the button.
 * Undoing and starting over are the caller's buttons: they need no map.
 */
export function DrawShapeMap({
  mode,
  lngLats,
  onAddPoint,
  buurten,
  focusBuurtCode,
  label,
  describedBy,
  centreButtonLabel,
}: DrawShapeMapProps) {
  const [map, setMap] = useState<LeafletMap | null>(null);
  // MapContainer reads its view once, when it mounts.
  const [initialView] = useState(() => initialViewOf(lngLats, buurten, focusBuurtCode));

  const styleBuurt = useHighlightedBuurt(focusBuurtCode, focusBuurtStyle);

  useMapDescription(map, { label, describedBy });

  const latLngs = lngLats.map(latLngOf);

  return (
    <div className="draw-shape-map">
      <div className="draw-shape-map__frame">
        {/* A double click would add two points and zoom in; drawing needs clicks to mean only "add a point". */}
        <MapContainer
          ref={setMap}
          className="draw-shape-map__map"
          scrollWheelZoom={false}
          doubleClickZoom={false}
          {...initialView}
        >
          <BackgroundTiles />
          {buurten !== undefined && <GeoJSON data={buurten} style={styleBuurt} />}
          {mode === 'polygon' && latLngs.length >= 3 && (
            <Polygon positions={latLngs} className={AREA_CLASS} pathOptions={shapeStyle} />
          )}
          {mode !== 'point' && latLngs.length >= 2 && (mode === 'line' || latLngs.length === 2) && (
            <Polyline positions={latLngs} className={LINE_CLASS} pathOptions={shapeStyle} />
          )}
          {latLngs.map((latLng, index) => (
            <CircleMarker
              // The position in the drawing is the identity of a corner: corners are only added and removed at the end.
              key={index}
              center={latLng}
              radius={mode === 'point' ? 9 : 6}
              className={VERTEX_CLASS}
              pathOptions={index === 0 && mode !== 'point' ? firstVertexStyle : vertexStyle}
            />
          ))}
          <PickOnClick onPick={onAddPoint} />
        </MapContainer>
        {/* The cross marks the centre that the button adds. */}
        <span className="draw-shape-map__crosshair" aria-hidden="true" />
      </div>
      <CentreButton map={map} onPick={onAddPoint} className="draw-shape-map__centre">
        {centreButtonLabel}
      </CentreButton>
    </div>
  );
}
