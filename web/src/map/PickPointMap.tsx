import 'leaflet/dist/leaflet.css';
import type { Map as LeafletMap, PathOptions } from 'leaflet';
import { useState } from 'react';
import { CircleMarker, GeoJSON, MapContainer } from 'react-leaflet';
import type { BuurtFeature, WijkFeature } from '../api/areas.ts';
import type { LngLat } from '../api/client.ts';
import { lngLatBboxOf } from '../geo.ts';
import { latLngBoundsOf, latLngOf } from './lat-lng.ts';
import { CentreButton, BackgroundTiles, PickOnClick, pointStyle, useMapDescription } from './map-parts.tsx';

const areaStyle: PathOptions = { color: '#2f6f86', weight: 2, fillOpacity: 0.05, interactive: false };

interface PickPointMapProps {
  area: BuurtFeature | WijkFeature;
  point: LngLat | null;
  onPick: (point: LngLat) => void;
  labelledBy: string;
  describedBy: string;
  centreButtonLabel: string;
}

/** A small map of the buurt or wijk: a click places the point; keyboard users pan with the arrow keys and use the centre. */
export function PickPointMap({ area, point, onPick, labelledBy, describedBy, centreButtonLabel }: PickPointMapProps) {
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [bounds] = useState(() => latLngBoundsOf(lngLatBboxOf(area.geometry)));
  useMapDescription(map, { labelledBy, describedBy });

  return (
    <div className="voices-map">
      <MapContainer
        ref={setMap}
        className="voices-map__map"
        bounds={bounds}
        maxBounds={bounds}
        maxBoundsViscosity={0.8}
        scrollWheelZoom={false}
      >
        <BackgroundTiles />
        <GeoJSON data={area} style={areaStyle} />
        {point !== null && (
          <CircleMarker center={latLngOf(point)} radius={8} className="observation-point" pathOptions={pointStyle} />
        )}
        <PickOnClick onPick={onPick} />
      </MapContainer>
      <CentreButton map={map} onPick={onPick}>
        {centreButtonLabel}
      </CentreButton>
    </div>
  );
}
