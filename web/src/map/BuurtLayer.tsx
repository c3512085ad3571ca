import type { GeoJSON as LeafletGeoJSON, GeoJSONOptions, Map as LeafletMap, Path, PathOptions, Polygon } from 'leaflet';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { GeoJSON, useMap, useMapEvents } from 'react-leaflet';
import type { BuurtCollection, BuurtProperties } from '../api/areas.ts';
import { useLatest } from './map-parts.tsx';

type PrepareFeatureLayer = NonNullable<GeoJSONOptions['onEachFeature']>;

/** Each buurt's SVG path carries this class and a data-code attribute: styling hooks, and how browser tests find a buurt. */
const BUURT_SHAPE_CLASS = 'buurt-shape';
const SELECTED_BUURT_CLASS = 'buurt-shape--selected';
/** On every buurt of the wijk a click would choose, while the pointer is in it: the whole wijk lights up. */
const WIJK_HOVER_CLASS = 'buurt-shape--wijk-hover';
/** Zoomed out this far or further (the whole city, as the map opens), a click on the map chooses a wijk. */
const WIJK_CLICK_MAX_ZOOM = 12;

/**
 * What a click on a buurt's shape chooses: its wijk while the map shows the whole city, unless that wijk is already
 * chosen; in the chosen wijk, and further in, the buurt itself.
 */
function clickChoosesWijk(map: LeafletMap, buurt: BuurtProperties, chosenWijkCode: string | null): boolean {
  return map.getZoom() <= WIJK_CLICK_MAX_ZOOM && buurt.wijkCode !== chosenWijkCode;
}

const buurtStyle: PathOptions = {
  className: BUURT_SHAPE_CLASS,
  color: '#2f6f86',
  weight: 1,
  fillColor: '#2f6f86',
  fillOpacity: 0.12,
};

interface BuurtLayerProps {
  buurten: BuurtCollection;
  selectedCode: string | null;
  /** The wijk chosen, or the wijk of the buurt chosen: a click in it chooses a buurt, at any zoom. */
  chosenWijkCode: string | null;
  onSelectBuurt: (code: string) => void;
  onSelectWijk: (code: string) => void;
  describeBuurt: ((buurt: BuurtProperties) => string | null) | undefined;
}

/**
 * The buurten, each a shape to point at and click. Zoomed out to the whole city a click chooses the wijk around the
 * pointer (the tooltip names it and its buurten light up together); zoomed in, or in the chosen wijk, the buurt.
 */
export function BuurtLayer({
  buurten,
  selectedCode,
  chosenWijkCode,
  onSelectBuurt,
  onSelectWijk,
  describeBuurt,
}: BuurtLayerProps) {
  const { t } = useTranslation();
  const map = useMap();
  const layerRef = useRef<LeafletGeoJSON>(null);
  // Leaflet binds the click handlers once, when it builds the layer; the refs keep them calling the latest callbacks.
  const onSelectRef = useLatest(onSelectBuurt);
  const onSelectWijkRef = useLatest(onSelectWijk);
  const describeRef = useLatest(describeBuurt);
  const chosenWijkRef = useLatest(chosenWijkCode);
  const tRef = useLatest(t);

  function markWijk(wijkCode: string | null): void {
    layerRef.current?.eachLayer(function mark(layer) {
      const polygon = layer as Polygon<BuurtProperties>;
      const inWijk = wijkCode !== null && polygon.feature?.properties.wijkCode === wijkCode;
      polygon.getElement()?.classList.toggle(WIJK_HOVER_CLASS, inWijk);
    });
  }

  const prepareBuurtPath: PrepareFeatureLayer = function prepareBuurtPath(feature, layer) {
    const buurt = feature.properties as BuurtProperties;
    const { code, name } = buurt;
    const path = layer as Path;
    const choosesWijk = () => clickChoosesWijk(map, buurt, chosenWijkRef.current);
    // A function: Leaflet asks for the content each time the tooltip opens, so it follows the latest description.
    path.bindTooltip(
      function areaTooltip() {
        const title = choosesWijk() ? tRef.current('map.wijkTooltip', { name: buurt.wijkName }) : name;
        return textElement(title, describeRef.current?.(buurt) ?? null);
      },
      { sticky: true, className: 'buurt-tooltip' },
    );
    path.on('click', function selectFromMap() {
      if (choosesWijk()) {
        markWijk(null);
        onSelectWijkRef.current(buurt.wijkCode);
      } else {
        onSelectRef.current(code);
      }
    });
    path.on('mouseover', function lightUpWijk() {
      markWijk(choosesWijk() ? buurt.wijkCode : null);
    });
    path.on('mouseout', function dimWijk() {
      markWijk(null);
    });
    path.on('add', function markPath() {
      const element = path.getElement();
      element?.setAttribute('data-code', code);
      // Leaflet listens for focus to show the tooltip, which makes Chrome put each of the 251 shapes in the Tab order;
      // keyboard users choose a buurt in the list instead.
      element?.setAttribute('tabindex', '-1');
    });
  };

  // An open tooltip is not asked again by itself: a new description (another indicator), a new choice or another zoom
  // (which may turn the wijk into a buurt under the pointer) refreshes it.
  const refreshOpenTooltip = useCallback(function refreshOpenTooltip() {
    layerRef.current?.eachLayer(function refresh(layer) {
      const tooltip = layer.getTooltip();
      if (tooltip?.isOpen()) tooltip.update();
    });
  }, []);
  useEffect(refreshOpenTooltip, [refreshOpenTooltip, describeBuurt, chosenWijkCode]);
  useMapEvents({
    zoomend: function followZoom() {
      markWijk(null);
      refreshOpenTooltip();
    },
  });

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
