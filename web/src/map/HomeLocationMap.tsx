import 'leaflet/dist/leaflet.css';
import type { LatLngBoundsLiteral, Map as LeafletMap, PathOptions, StyleFunction } from 'leaflet';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, GeoJSON, MapContainer, useMap } from 'react-leaflet';
import type { BuurtCollection, BuurtProperties } from '../api/areas.ts';
import type { LngLat } from '../api/client.ts';
import { lngLatBboxOf } from '../geo.ts';
import { latLngBoundsOf, latLngOf } from './lat-lng.ts';
import {
  centreOf,
  CITY_ZOOM,
  OsmTiles,
  outlineStyle,
  PickOnClick,
  POINT_ZOOM,
  pointStyle,
  TILBURG_CENTRE_LAT_LNG,
  useMapDescription,
} from './map-parts.tsx';
import './map.css';

/** The chosen point: its SVG path carries this class, a styling hook and how browser tests find it. */
const HOME_POINT_CLASS = 'home-point';

const homeBuurtStyle: PathOptions = {
  color: '#b45309',
  weight: 3,
  fillColor: '#b45309',
  fillOpacity: 0.08,
  interactive: false,
};

interface HomeLocationMapProps {
  /** The point to show: the one just picked, or the one saved. */
  point: LngLat | null;
  buurten: BuurtCollection;
  homeBuurtCode: string | null;
  onPick: (lngLat: LngLat) => void;
  /** Described by the instructions beside the map. */
  describedBy?: string;
}

function boundsOfBuurt(buurten: BuurtCollection, code: string | null): LatLngBoundsLiteral | null {
  const buurt = code === null ? undefined : buurten.features.find((feature) => feature.properties.code === code);
  return buurt === undefined ? null : latLngBoundsOf(lngLatBboxOf(buurt.geometry));
}

/**
 * A small map to pick one's home: a click places the point; keyboard users move the map with the arrow keys and
 * place the point in its centre with the button under it. The point never leaves this page except to the API.
 */
export function HomeLocationMap({ point, buurten, homeBuurtCode, onPick, describedBy }: HomeLocationMapProps) {
  const { t } = useTranslation();
  const [map, setMap] = useState<LeafletMap | null>(null);
  // MapContainer reads its view once, when it mounts: the saved point, else the home buurt, else the whole city.
  const [initialView] = useState(() => {
    if (point !== null) return { center: latLngOf(point), zoom: POINT_ZOOM };
    const bounds = boundsOfBuurt(buurten, homeBuurtCode);
    return bounds === null ? { center: TILBURG_CENTRE_LAT_LNG, zoom: CITY_ZOOM } : { bounds };
  });

  const styleBuurt = useCallback<StyleFunction<BuurtProperties>>(
    (feature) => (feature?.properties.code === homeBuurtCode ? homeBuurtStyle : outlineStyle),
    [homeBuurtCode],
  );

  useMapDescription(map, { label: t('homeLocation.mapLabel'), describedBy });

  function pickCentre(): void {
    if (map !== null) onPick(centreOf(map));
  }

  return (
    <div className="home-location-map">
      <MapContainer ref={setMap} className="home-location-map__map" scrollWheelZoom={false} {...initialView}>
        <OsmTiles />
        <GeoJSON data={buurten} style={styleBuurt as StyleFunction} />
        {point !== null && (
          <CircleMarker center={latLngOf(point)} radius={8} className={HOME_POINT_CLASS} pathOptions={pointStyle} />
        )}
        <PickOnClick onPick={onPick} />
        <FollowHomeBuurt buurten={buurten} homeBuurtCode={homeBuurtCode} hasPoint={point !== null} />
      </MapContainer>
      <button type="button" className="button home-location-map__centre" onClick={pickCentre} disabled={map === null}>
        {t('homeLocation.useCentre')}
      </button>
    </div>
  );
}

interface FollowHomeBuurtProps {
  buurten: BuurtCollection;
  homeBuurtCode: string | null;
  hasPoint: boolean;
}

/** A newly chosen buurt brings the map there, unless a point is shown: then the map stays on the point. */
function FollowHomeBuurt({ buurten, homeBuurtCode, hasPoint }: FollowHomeBuurtProps) {
  const map = useMap();
  const shownCode = useRef(homeBuurtCode);

  useEffect(
    function showNewHomeBuurt() {
      if (homeBuurtCode === shownCode.current) return;
      shownCode.current = homeBuurtCode;
      const bounds = boundsOfBuurt(buurten, homeBuurtCode);
      if (bounds !== null && !hasPoint) map.fitBounds(bounds);
    },
    [map, buurten, homeBuurtCode, hasPoint],
  );

  return null;
}
