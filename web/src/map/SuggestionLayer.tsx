import {
  divIcon,
  featureGroup,
  geoJSON,
  marker,
  point,
  type DivIcon,
  type GeoJSON,
  type Layer,
  type Marker,
} from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-leaflet';
import type { BuurtCollection } from '../api/areas.ts';
import type { Suggestion, SuggestionLocation } from '../api/suggestions.ts';
import type { SymbolKey } from '../map-page/symbols.ts';
import { latLngOf } from './lat-lng.ts';
import { element, symbolSvg } from './marker-icons.ts';
import './suggestion-layer.css';

// Buurt outlines above the asset shapes (460), below the markers (600); the suggestions' markers above the assets' markers.
const BUURTEN_PANE = 'suggestion-buurten';
const MARKERS_PANE = 'suggestion-markers';
const SHOW_ZOOM = 16;
// While the layer is on, the map's own markers step back (see the stylesheet), so what is for me stands out.
const SUGGESTIONS_ON_CLASS = 'area-map--suggestions';
// The first view of the suggestions: all of them, but not closer than a few streets.
const OVERVIEW_MAX_ZOOM = 15;

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
  /** The outlines a resident's buurt is drawn with (the map's own buurten). */
  buurten: BuurtCollection | null;
}

function symbolOf(suggestion: Suggestion): SymbolKey {
  return suggestion.candidate.kind === 'organisation'
    ? 'organisation'
    : suggestion.candidate.kind === 'place'
      ? 'place'
      : 'people';
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
 * outline of their buurt (one outline for all suggested residents of a buurt), never more exact than the API gave.
 * Each opens a popup with the title, the reason and the distance in words. Every text goes in through textContent,
 * never as HTML.
 */
export function SuggestionLayer({ suggestions, shown, buurten }: SuggestionLayerProps) {
  const map = useMap();
  const { t } = useTranslation();
  const layersRef = useRef(new Map<string, Marker | GeoJSON>());
  const overviewShown = useRef(false);

  useEffect(
    function markMapWhileOn() {
      const container = map.getContainer();
      container.classList.add(SUGGESTIONS_ON_CLASS);
      return function unmarkMap() {
        container.classList.remove(SUGGESTIONS_ON_CLASS);
      };
    },
    [map],
  );

  useEffect(
    function drawSuggestions() {
      for (const [name, zIndex] of [
        [BUURTEN_PANE, '465'],
        [MARKERS_PANE, '610'],
      ] as const) {
        if (map.getPane(name) === undefined) map.createPane(name).style.zIndex = zIndex;
      }
      const group = featureGroup();
      const layers = layersRef.current;
      const residentsByBuurt = new Map<string, LocatedSuggestion[]>();
      for (const suggestion of suggestions) {
        if (!isLocated(suggestion)) continue;
        const { location } = suggestion;
        if (location.kind === 'buurt') {
          residentsByBuurt.set(location.code, [...(residentsByBuurt.get(location.code) ?? []), suggestion]);
          continue;
        }
        const layer = marker(latLngOf(location), {
          pane: MARKERS_PANE,
          icon: suggestionIcon(
            symbolOf(suggestion),
            t('mapSuggestions.markerLabel', { name: suggestion.candidate.name }),
          ),
          riseOnHover: true,
        });
        layer.bindTooltip(textNode(suggestion.candidate.name), {
          direction: 'top',
          offset: [0, -14],
          className: 'map-tooltip',
        });
        layer.bindPopup(popupContent([suggestion], null), { className: 'suggestion-popup', maxWidth: 280 });
        layers.set(suggestion.key, layer);
        group.addLayer(layer as Layer);
      }
      for (const [code, residents] of residentsByBuurt) {
        const feature = buurten?.features.find((buurt) => buurt.properties.code === code);
        if (feature === undefined) continue;
        const buurtName = residents[0]!.location.kind === 'buurt' ? residents[0]!.location.name : code;
        const where = t('mapSuggestions.inBuurt', { buurt: buurtName });
        const layer = geoJSON(feature.geometry, { pane: BUURTEN_PANE, style: { className: 'suggestion-buurt' } });
        const names = residents.map((resident) => resident.candidate.name).join(', ');
        layer.bindTooltip(textNode(`${names}: ${where}`), { sticky: true, className: 'map-tooltip' });
        layer.bindPopup(popupContent(residents, where), { className: 'suggestion-popup', maxWidth: 280 });
        // The list beside the map is the keyboard's way in; the outline itself stays out of the Tab order.
        layer.on('add', function keepOutOfTabOrder() {
          layer.eachLayer((shape) =>
            (shape as unknown as { getElement?: () => Element | undefined })
              .getElement?.()
              ?.setAttribute('tabindex', '-1'),
          );
        });
        for (const resident of residents) layers.set(resident.key, layer);
        group.addLayer(layer);
      }
      group.addTo(map);
      // Once, when the layer is switched on: the map moves to where the suggestions are, so none is lost among the rest.
      if (!overviewShown.current && group.getLayers().length > 0) {
        overviewShown.current = true;
        map.fitBounds(group.getBounds(), { padding: [32, 32], maxZoom: OVERVIEW_MAX_ZOOM, animate: false });
      }
      return function removeSuggestions() {
        group.remove();
        layers.clear();
      };
    },
    [map, suggestions, buurten, t],
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

/** One suggestion, or the residents suggested in one buurt, each with the band in words (and `where`: the buurt). */
function popupContent(suggestions: readonly Suggestion[], where: string | null): HTMLElement {
  const content = element('div', 'suggestion-popup__content');
  for (const suggestion of suggestions) {
    const entry = element('div', 'suggestion-popup__entry');
    entry.append(element('p', 'suggestion-popup__title', suggestion.candidate.name));
    if (suggestion.title !== suggestion.candidate.name)
      entry.append(element('p', 'suggestion-popup__item', suggestion.title));
    entry.append(element('p', 'suggestion-popup__reason', suggestion.reason));
    entry.append(
      element(
        'p',
        'suggestion-popup__where',
        where === null ? suggestion.distance.text : `${suggestion.distance.text} · ${where}`,
      ),
    );
    content.append(entry);
  }
  return content;
}
// Leaflet puts a string tooltip in as HTML; a text node keeps a name from ever becoming markup.
function textNode(text: string): HTMLElement {
  const node = document.createElement('span');
  node.textContent = text;
  return node;
}
