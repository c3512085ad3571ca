import { Type, type Static, type TSchema } from '@sinclair/typebox';

const Position = Type.Array(Type.Number(), { minItems: 2, maxItems: 3, description: '[lng, lat]' });

export const MultiPolygonSchema = Type.Object(
  {
    type: Type.Literal('MultiPolygon'),
    coordinates: Type.Array(Type.Array(Type.Array(Position))),
  },
  { $id: 'MultiPolygon', description: 'GeoJSON MultiPolygon in WGS84, [lng, lat]' },
);
export type MultiPolygon = Static<typeof MultiPolygonSchema>;

export function FeatureSchema<P extends TSchema, G extends TSchema>(properties: P, geometry: G, id: string) {
  return Type.Object(
    {
      type: Type.Literal('Feature'),
      id: Type.String(),
      geometry,
      properties,
    },
    { $id: id },
  );
}

export function FeatureCollectionSchema<F extends TSchema>(feature: F, id: string) {
  return Type.Object({ type: Type.Literal('FeatureCollection'), features: Type.Array(feature) }, { $id: id });
}

/** `minLng,minLat,maxLng,maxLat` in WGS84, as in OGC API Features. Order is checked by `parseBbox`. */
export const BboxQuerySchema = Type.String({
  pattern: '^\\s*-?\\d+(\\.\\d+)?\\s*(,\\s*-?\\d+(\\.\\d+)?\\s*){3}$',
  description: 'minLng,minLat,maxLng,maxLat in WGS84, e.g. `5.05,51.55,5.10,51.58`',
  examples: ['5.05,51.55,5.10,51.58'],
});

export const LngSchema = Type.Number({ minimum: -180, maximum: 180, description: 'Longitude, WGS84' });
export const LatSchema = Type.Number({ minimum: -90, maximum: 90, description: 'Latitude, WGS84' });
