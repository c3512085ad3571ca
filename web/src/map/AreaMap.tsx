import 'leaflet/dist/leaflet.css';
import type { PathOptions } from 'leaflet';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GeoJSON, MapContainer, Pane, ZoomControl } from 'react-leaflet';
import type { BuurtCollection, BuurtProperties, Municipality, WijkCollection } from '../api/areas.ts';
import type { BuurtSelection } from '../map-page/selection.ts';
import type { LngLatBbox } from '../geo.ts';
import {
  BoundariesAttribution,
  FitToMunicipality,
  FitToSelection,
  FollowContainerSize,
  ReportViewport,
  ZoomClasses,
  type CoveredEdges,
} from './area-map-behaviours.tsx';
import { BuurtLayer } from './BuurtLayer.tsx';
import { creditOf, useAreaSources, useInstanceArea } from './instance-area.ts';
import { instanceView, BackgroundTiles } from './map-parts.tsx';
import './map.css';

export type { CoveredEdges } from './area-map-behaviours.tsx';

const WIJK_PANE = 'wijk-boundaries';

const wijkStyle: PathOptions = {
  color: '#1d3340',
  weight: 2.5,
  opacity: 0.75,
  fill: false,
  interactive: false,
};

// The chosen wijk: a wide line in the colour of a choice, so the whole wijk stands out from its neighbours.
const selectedWijkStyle: PathOptions = {
  className: 'wijk-shape--selected',
  color: '#b45309',
  weight: 5,
  opacity: 0.95,
  fill: false,
  interactive: false,
};

const notCovered = (): CoveredEdges => ({ left: 0, bottom: 0 });

interface AreaMapProps {
  buurten: BuurtCollection | null;
  wijken: WijkCollection | null;
  selection: BuurtSelection | null;
  onSelectBuurt: (code: string) => void;
  /** A click on the map zoomed out to the whole city chooses a wijk (see BuurtLayer). */
  onSelectWijk: (code: string) => void;
  /**
   * Pixels along each edge that a panel covers, asked as a new choice is fitted, so a chosen buurt or wijk is fitted
   * into the part still in view.
   */
  coveredEdges?: () => CoveredEdges;
  /** The part of the world in view, after the map has stood still (and once at the start). */
  onViewportChange?: (bbox: LngLatBbox) => void;
  /** A second line for a buurt's tooltip (such as its wijk's figure on a coloured map), asked when the tooltip opens. */
  describeBuurt?: (buurt: BuurtProperties) => string | null;
  /** The municipality to show, of several loaded: the map opens on it and moves to it when another is chosen. */
  municipality?: Municipality | null;
  /** Layers drawn over the boundaries (they may call useMap()). */
  children?: ReactNode;
}

export function AreaMap({
  buurten,
  wijken,
  selection,
  onSelectBuurt,
  onSelectWijk,
  coveredEdges = notCovered,
  onViewportChange,
  describeBuurt,
  municipality = null,
  children,
}: AreaMapProps) {
  const { t, i18n } = useTranslation();
  const area = useInstanceArea();
  const sources = useAreaSources();
  // The map opens on the instance's area, so it waits for it (one small request, made as the app starts).
  if (area === null) return <div className="area-map" aria-busy="true" />;
  const view = instanceView(municipality === null ? area : [municipality]);
  const selectedWijk = wijken?.features.find((feature) => feature.properties.code === selection?.code);
  const chosenWijkCode =
    selectedWijk?.properties.code ??
    buurten?.features.find((feature) => feature.properties.code === selection?.code)?.properties.wijkCode ??
    null;

  return (
    <MapContainer className="area-map" center={view.center} zoom={view.zoom} zoomControl={false}>
      {/* Leaflet reads the titles once: a new control for each language. */}
      <ZoomControl key={i18n.language} zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />
      <FollowContainerSize />
      <ZoomClasses />
      {onViewportChange !== undefined && <ReportViewport onViewportChange={onViewportChange} />}
      <BackgroundTiles />
      {sources.length > 0 && (
        <BoundariesAttribution text={t('map.boundariesAttribution', { sources: sources.map(creditOf).join(', ') })} />
      )}
      {buurten !== null && (
        <BuurtLayer
          buurten={buurten}
          selectedCode={selection?.code ?? null}
          chosenWijkCode={chosenWijkCode}
          onSelectBuurt={onSelectBuurt}
          onSelectWijk={onSelectWijk}
          describeBuurt={describeBuurt}
        />
      )}
      {wijken !== null && (
        // Wijk lines sit in their own pane above the buurten; the pane lets clicks through to the buurten.
        <Pane name={WIJK_PANE} className="wijk-pane" style={{ zIndex: 450 }}>
          <GeoJSON data={wijken} style={wijkStyle} />
          {selectedWijk !== undefined && (
            <GeoJSON key={selectedWijk.properties.code} data={selectedWijk} style={selectedWijkStyle} />
          )}
        </Pane>
      )}
      {buurten !== null && <FitToSelection buurten={buurten} selection={selection} coveredEdges={coveredEdges} />}
      {municipality !== null && <FitToMunicipality extent={municipality.extent} />}
      {children}
    </MapContainer>
  );
}
