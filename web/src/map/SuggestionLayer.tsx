import { divIcon, featureGroup, marker, point, rectangle, type DivIcon, type Layer, type Marker, type Rectangle } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-leaflet';
import type { Suggestion, SuggestionLocation } from '../api-client.ts';
import type { SymbolKey } from '../assets-map/symbols.ts';
import { cellSquare } from './cell-square.ts';
import { latLngBoundsOf, latLngOf } from './lat-lng.ts';
import { symbolSvg } from './marker-icons.ts';
import './suggestion-layer.css';

// Cells above the asset shapes (460), below the markers (600); the suggestions' markers above the assets' markers.
const CELLS_PANE = 'suggestion-cells';
const MARKERS_PANE = 'suggestion-markers';
const SHOW_ZOOM = 16;

export type LocatedSuggestion = Suggestion & { location: NonNullable<SuggestionLocation> };

export function isLocated(suggestion: Suggestion): suggestion is LocatedSuggestion {
  return suggestion.location !== undefined && suggestion.location !== null;
}

/** A request to bring one suggestion into view and open its popup; a new `request` number asks again. */
export interface ShownSuggestion {
  key: string;
  request: number;
}

interface SuggestionLayerProps {
  suggestions: readonly Suggestion[];
  shown: ShownSuggestion | null;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function symbolOf(suggestion: Suggestion): SymbolKey {
  return suggestion.candidate.kind === 'organisation' ? 'organisation' : suggestion.candidate.kind === 'place' ? 'place' : 'people';
}

/** A marker for a place or organisation suggested to me: its pictogram in a ring; the name for screen readers. */
function suggestionIcon(symbol: SymbolKey, label: string): DivIcon {
  const content = element('span', 'suggestion-marker__content');
  const badge = element('span', `suggestion-marker__badge symbol--${symbol}`);
  badge.append(symbolSvg(symbol));
  content.append(badge, element('span', 'visually-hidden', label));
  return divIcon({ html: content, className: 'suggestion-marker', iconSize: point(34, 34), iconAnchor: point(17, 17) });
}

/**
 * "For you" on the map: places and organisations suggested to me as markers where they are, residents only as the
 * 250 m square around their home cell's centre, never more exact than the API gave. Each opens a popup with the
 * title, the reason and the distance in words. Every text goes in through textContent, never as HTML.
 */
export function SuggestionLayer({ suggestions, shown }: SuggestionLayerProps) {
  const map = useMap();
  const { t } = useTranslation();
  const layersRef = useRef(new Map<string, Marker | Rectangle>());

  useEffect(
    function drawSuggestions() {
      for (const [name, zIndex] of [
        [CELLS_PANE, '465'],
        [MARKERS_PANE, '610'],
      ] as const) {
        if (map.getPane(name) === undefined) map.createPane(name).style.zIndex = zIndex;
      }
      const group = featureGroup();
      const layers = layersRef.current;
      for (const suggestion of suggestions) {
        if (!isLocated(suggestion)) continue;
        const { location } = suggestion;
        const where = location.kind === 'cell' ? t('mapSuggestions.approximately', { size: location.sizeMetres }) : null;
        const popup = popupContent(suggestion, where);
        let layer: Marker | Rectangle;
        if (location.kind === 'cell') {
          layer = rectangle(latLngBoundsOf(cellSquare(location, location.sizeMetres)), { pane: CELLS_PANE, className: 'suggestion-cell' });
          layer.bindTooltip(textNode(`${suggestion.candidate.name}: ${where}`), { sticky: true, className: 'map-tooltip' });
          // The list beside the map is the keyboard's way in; the square itself stays out of the Tab order.
          layer.on('add', function keepOutOfTabOrder() {
            (layer as Rectangle).getElement()?.setAttribute('tabindex', '-1');
          });
        } else {
          layer = marker(latLngOf(location), {
            pane: MARKERS_PANE,
            icon: suggestionIcon(symbolOf(suggestion), t('mapSuggestions.markerLabel', { name: suggestion.candidate.name })),
            riseOnHover: true,
          });
          layer.bindTooltip(textNode(suggestion.candidate.name), { direction: 'top', offset: [0, -14], className: 'map-tooltip' });
        }
        layer.bindPopup(popup, { className: 'suggestion-popup', maxWidth: 280 });
        layers.set(suggestion.key, layer);
        group.addLayer(layer as Layer);
      }
      group.addTo(map);
      return function removeSuggestions() {
        group.remove();
        layers.clear();
      };
    },
    [map, suggestions, t],
  );

  useEffect(
    function showRequestedSuggestion() {
      if (shown === null) return;
      const layer = layersRef.current.get(shown.key);
      if (layer === undefined) return;
      if ('getBounds' in layer) map.fitBounds(layer.getBounds(), { maxZoom: SHOW_ZOOM, animate: false });
      else map.setView(layer.getLatLng(), Math.max(map.getZoom(), SHOW_ZOOM), { animate: false });
      layer.openPopup();
    },
    [map, shown],
  );

  return null;
}

function popupContent(suggestion: Suggestion, where: string | null): HTMLElement {
  const content = element('div', 'suggestion-popup__content');
  content.append(element('p', 'suggestion-popup__title', suggestion.candidate.name));
  if (suggestion.title !== suggestion.candidate.name) content.append(element('p', 'suggestion-popup__item', suggestion.title));
  content.append(element('p', 'suggestion-popup__reason', suggestion.reason));
  content.append(element('p', 'suggestion-popup__where', where === null ? suggestion.distance.text : `${suggestion.distance.text} · ${where}`));
  return content;
}

// Leaflet puts a string tooltip in as HTML; a text node keeps a name from ever becoming markup.
function textNode(text: string): HTMLElement {
  const node = document.createElement('span');
  node.textContent = text;
  return node;
}
