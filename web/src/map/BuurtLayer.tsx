import type { GeoJSON as LeafletGeoJSON, GeoJSONOptions, Path, PathOptions, Polygon } from 'leaflet';
import { useEffect, useRef } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { BuurtCollection, BuurtProperties } from '../api/areas.ts';
import { useLatest } from './map-parts.tsx';

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

interface BuurtLayerProps {
  buurten: BuurtCollection;
  selectedCode: string | null;
  onSelectBuurt: (code: string) => void;
  describeBuurt: ((buurt: BuurtProperties) => string | null) | undefined;
}

export function BuurtLayer({ buurten, selectedCode, onSelectBuurt, describeBuurt }: BuurtLayerProps) {
  const layerRef = useRef<LeafletGeoJSON>(null);
  // Leaflet binds the click handlers once, when it builds the layer; the refs keep them calling the latest callbacks.
  const onSelectRef = useLatest(onSelectBuurt);
  const describeRef = useLatest(describeBuurt);

  const prepareBuurtPath: PrepareFeatureLayer = function prepareBuurtPath(feature, layer) {
    const buurt = feature.properties as BuurtProperties;
    const { code, name } = buurt;
    const path = layer as Path;
    // A function: Leaflet asks for the content each time the tooltip opens, so it follows the latest description.
    path.bindTooltip(
      function buurtTooltip() {
        return textElement(name, describeRef.current?.(buurt) ?? null);
      },
      { sticky: true, className: 'buurt-tooltip' },
    );
    path.on('click', function selectFromMap() {
      onSelectRef.current(code);
    });
    path.on('add', function markPath() {
      const element = path.getElement();
      element?.setAttribute('data-code', code);
      // Leaflet listens for focus to show the tooltip, which makes Chrome put each of the 251 shapes in the Tab order;
      // keyboard users choose a buurt in the list instead.
      element?.setAttribute('tabindex', '-1');
    });
  };

  // An open tooltip is not asked again by itself: a new description (another indicator) refreshes it.
  useEffect(
    function refreshOpenTooltip() {
      layerRef.current?.eachLayer(function refresh(layer) {
        const tooltip = layer.getTooltip();
        if (tooltip?.isOpen()) tooltip.update();
      });
    },
    [describeBuurt],
  );

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
