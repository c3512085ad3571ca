import { readFileSync } from 'node:fs';

// A second municipality beside the seeded Tilburg, for the tests of an instance that serves several: Groningen's
// wijken from the national CBS file in seed/data, each with one buurt (the wijk's own polygon) made up by the tests.

interface Feature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: unknown;
}

export const national = JSON.parse(
  readFileSync(new URL('../../seed/data/nl-wijken-2024-kerncijfers.geojson', import.meta.url), 'utf8'),
) as { type: 'FeatureCollection'; features: Feature[] };

export const groningenWijken = national.features.filter((feature) => feature.properties.gemeentecode === 'GM0014');

export const groningenBuurten = groningenWijken.map((feature) => ({
  type: 'Feature' as const,
  properties: {
    buurtcode: `BU${String(feature.properties.wijkcode).slice(2)}00`,
    buurtnaam: `${String(feature.properties.wijknaam)} (buurt)`,
    wijkcode: feature.properties.wijkcode,
    gemeentecode: 'GM0014',
  },
  geometry: feature.geometry,
}));

/** A GeoJSON file of these features. */
export const asFile = (features: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: 'FeatureCollection', ...extra, features });
