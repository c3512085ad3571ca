import 'leaflet.markercluster';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import {
  featureGroup,
  geoJSON,
  marker,
  markerClusterGroup,
  type FeatureGroup,
  type Layer,
  type LeafletEvent,
  type LeafletKeyboardEvent,
  type MarkerCluster,
  type MarkerClusterGroup,
  type Path,
  type PathOptions,
} from 'leaflet';
import type { Geometry } from 'geojson';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-leaflet';
import type { MapFeature } from '../api/assets.ts';
import { featureText, peopleBadgeText, type Privacy } from '../map-page/feature-text.ts';
import { symbolOf } from '../map-page/symbols.ts';
import { labelPositionOf, type LngLatPosition } from '../geo.ts';
import { latLngOf } from './lat-lng.ts';
import { useLatest } from './map-parts.tsx';
import { assetMarkerIcon, clusterIcon, peopleBadgeIcon } from './marker-icons.ts';

// Above the buurt and wijk boundaries, below the markers: shapes of places and the residents' cells.
const SHAPES_PANE = 'asset-shapes';
// Markers closer than this (in pixels) join a cluster; tighter when zoomed in, where assets are meant to be told apart.
const CLUSTER_RADIUS_FAR = 60;
const CLUSTER_RADIUS_NEAR = 36;
const NEAR_ZOOM = 16;

interface FeatureLayersProps {
  features: readonly MapFeature[];
  privacy: Privacy;
  onOpenFeature: (feature: MapFeature) => void;
}

/** Called by Leaflet for a click, and for Enter or Space on a focused marker (Leaflet passes those as keypress). */
function isActivation(event: LeafletEvent): boolean {
  if (event.type !== 'keypress') return true;
  const key = (event as LeafletKeyboardEvent).originalEvent.key;
  if (key !== 'Enter' && key !== ' ') return false;
  (event as LeafletKeyboardEvent).originalEvent.preventDefault();
  return true;
}

function positionOf(feature: MapFeature): LngLatPosition | null {
  return labelPositionOf(feature.geometry);
}

/**
 * The features of the map: exact assets as markers in clusters (lines and areas also drawn as shapes), and groups of
 * residents as cells and badges, never clustered and never more exact than the API gave them.
 */
export function FeatureLayers({ features, privacy, onOpenFeature }: FeatureLayersProps) {
  const map = useMap();
  const { t } = useTranslation();
  const [layers, setLayers] = useState<{
    clusters: MarkerClusterGroup;
    shapes: FeatureGroup;
    people: FeatureGroup;
  } | null>(null);
  // Leaflet binds handlers when it builds a marker; the ref keeps them calling the latest callback.
  const onOpenRef = useLatest(onOpenFeature);

  useEffect(
    function addLayerGroups() {
      if (map.getPane(SHAPES_PANE) === undefined) {
        const pane = map.createPane(SHAPES_PANE);
        pane.style.zIndex = '460';
      }
      const clusterLabel = (count: number) => t('assetMap.clusterLabel', { count });
      const clusters = markerClusterGroup({
        maxClusterRadius: (zoom: number) => (zoom >= NEAR_ZOOM ? CLUSTER_RADIUS_NEAR : CLUSTER_RADIUS_FAR),
        showCoverageOnHover: false,
        chunkedLoading: true,
        iconCreateFunction: (cluster: MarkerCluster) =>
          clusterIcon(cluster.getChildCount(), clusterLabel(cluster.getChildCount())),
      });
      const shapes = featureGroup();
      const people = featureGroup();
      people.addTo(map);
      shapes.addTo(map);
      clusters.addTo(map);
      setLayers({ clusters, shapes, people });
      return function removeLayerGroups() {
        clusters.remove();
        shapes.remove();
        people.remove();
      };
    },
    [map, t],
  );

  useEffect(
    function drawFeatures() {
      if (layers === null) return;
      const markers: Layer[] = [];
      for (const feature of features) {
        const position = positionOf(feature);
        if (position === null) continue;
        const text = featureText(t, feature, privacy);
        const open = (event: LeafletEvent) => {
          if (isActivation(event)) onOpenRef.current(feature);
        };

        if (feature.properties.layer === 'asset') {
          const symbol = symbolOf(feature);
          const assetMarker = marker(latLngOf({ lng: position[0], lat: position[1] }), {
            icon: assetMarkerIcon(symbol, { symbol: text.symbol, title: text.title }),
            riseOnHover: true,
          });
          assetMarker.on('click keypress', open);
          markers.push(assetMarker);
          if (feature.geometry.type !== 'Point') {
            const shape = geoJSON(feature.geometry as Geometry, {
              pane: SHAPES_PANE,
              style: (): PathOptions => ({ className: `asset-shape asset-shape--${symbol}` }),
            });
            shape.on('click', open);
            layers.shapes.addLayer(shape);
          }
          continue;
        }

        const level = feature.properties.layer === 'people-cell' ? 'cell' : 'buurt';
        const label = `${text.symbol}: ${text.title}, ${text.kind}${feature.properties.buurtName ? `, ${feature.properties.buurtName}` : ''}`;
        if (level === 'cell') {
          const cell = geoJSON(feature.geometry as Geometry, {
            pane: SHAPES_PANE,
            style: (): PathOptions => ({ className: 'people-cell' }),
          });
          cell.bindTooltip(textNode(text.title), { sticky: true, className: 'map-tooltip' });
          cell.on('click', open);
          // The cell's badge is the keyboard's way in; the square itself stays out of the Tab order.
          cell.on('add', function keepCellOutOfTabOrder() {
            cell.eachLayer((layer) => (layer as Path).getElement()?.setAttribute('tabindex', '-1'));
          });
          layers.people.addLayer(cell);
        }
        const badge = marker(latLngOf({ lng: position[0], lat: position[1] }), {
          icon: peopleBadgeIcon(level, peopleBadgeText(feature, privacy), label),
        });
        badge.on('click keypress', open);
        layers.people.addLayer(badge);
      }
      layers.clusters.addLayers(markers);
      return function clearFeatures() {
        layers.clusters.clearLayers();
        layers.shapes.clearLayers();
        layers.people.clearLayers();
      };
    },
    [layers, features, privacy, t, onOpenRef],
  );

  return null;
}

// Leaflet puts a string tooltip in as HTML; a text node keeps a name from ever becoming markup.
function textNode(text: string): HTMLElement {
  const element = document.createElement('span');
  element.textContent = text;
  return element;
}
