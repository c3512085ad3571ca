import type { GeoJSONOptions, Path, StyleFunction } from 'leaflet';
import { useEffect } from 'react';
import { GeoJSON, Pane, useMap } from 'react-leaflet';
import type { WijkCollection, WijkProperties } from '../api/areas.ts';
import { toneClassName, type Tone } from '../map-page/choropleth.ts';
import './choropleth.css';

// Below Leaflet's overlay pane (400), where the buurten are: their clicks and tooltips keep working over the colours.
const CHOROPLETH_PANE = 'wijk-choropleth';
const CHOROPLETH_PANE_Z_INDEX = 350;
/** On the map container while the wijken are coloured, so the buurten's own tint steps aside. */
const COLOURED_MAP_CLASS = 'area-map--choropleth';

interface ChoroplethLayerProps {
  wijken: WijkCollection;
  /** Each wijk's tone by code; a wijk missing here has no data. */
  tones: ReadonlyMap<string, Tone>;
}

/**
 * The wijken filled by the class of the chosen indicator. Not interactive: the buurt tooltips say the figure, and the
 * list beside the map gives the same numbers to keyboards and screen readers.
 */
export function ChoroplethLayer({ wijken, tones }: ChoroplethLayerProps) {
  const map = useMap();

  useEffect(
    function markColouredMap() {
      const container = map.getContainer();
      container.classList.add(COLOURED_MAP_CLASS);
      return function unmarkColouredMap() {
        container.classList.remove(COLOURED_MAP_CLASS);
      };
    },
    [map],
  );

  const styleOf: StyleFunction<WijkProperties> = function styleOf(feature) {
    const code = feature?.properties.code ?? '';
    return {
      className: `choropleth-shape ${toneClassName(tones.get(code) ?? 'none')}`,
      stroke: false,
      fillOpacity: 0.7,
      interactive: false,
    };
  };

  const markWijkPath: NonNullable<GeoJSONOptions['onEachFeature']> = function markWijkPath(feature, layer) {
    const { code } = feature.properties as WijkProperties;
    const path = layer as Path;
    path.on('add', function markPath() {
      const element = path.getElement();
      element?.setAttribute('data-code', code);
      element?.setAttribute('data-tone', tones.get(code) ?? 'none');
    });
  };

  return (
    <Pane name={CHOROPLETH_PANE} style={{ zIndex: CHOROPLETH_PANE_Z_INDEX }}>
      {/* Leaflet sets a path's class once, when it draws it: new tones draw the layer anew. */}
      <GeoJSON key={toneKey(tones)} data={wijken} style={styleOf} onEachFeature={markWijkPath} />
    </Pane>
  );
}

function toneKey(tones: ReadonlyMap<string, Tone>): string {
  return [...tones].map(([code, tone]) => `${code}:${tone}`).join(',');
}
