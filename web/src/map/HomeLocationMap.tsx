import 'leaflet/dist/leaflet.css';
import type { Map as LeafletMap, PathOptions } from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, GeoJSON, MapContainer, useMap } from 'react-leaflet';
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
import './pick-map.css';
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

/**
 * A small map to pick one's home: a click places the point; keyboard users move the map with the arrow keys and
 * place the point in its centre with the button under it. The point never leaves this page except to the API.
 */
export function HomeLocationMap({ point, buurten, homeBuurtCode, onPick, describedBy }: HomeLocationMapProps) {
  const { t } = useTranslation();
  const [map, setMap] = useState<LeafletMap | null>(null);
  // MapContainer reads its view once, when it mounts: the saved point, else the home buurt, else the whole city.
  const [initialView] = useState(() => openingView(point, boundsOfBuurt(buurten, homeBuurtCode)));
  const styleBuurt = useHighlightedBuurt(homeBuurtCode, homeBuurtStyle);

  useMapDescription(map, { label: t('homeLocation.mapLabel'), describedBy });

  return (
    <div className="home-location-map">
      <MapContainer ref={setMap} className="home-location-map__map" scrollWheelZoom={false} {...initialView}>
        <BackgroundTiles />
        <GeoJSON data={buurten} style={styleBuurt} />
        {point !== null && (
          <CircleMarker center={latLngOf(point)} radius={8} className={HOME_POINT_CLASS} pathOptions={pointStyle} />
        )}
        <PickOnClick onPick={onPick} />
        <FollowHomeBuurt buurten={buurten} homeBuurtCode={homeBuurtCode} hasPoint={point !== null} />
      </MapContainer>
      <CentreButton map={map} onPick={onPick} className="home-location-map__centre">
        {t('homeLocation.useCentre')}
      </CentreButton>
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
