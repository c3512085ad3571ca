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

/** [lng, lat] in WGS84, checked at the schema so bad coordinates never reach PostGIS. */
const PositionSchema = Type.Tuple([LngSchema, LatSchema], { description: '[lng, lat]' });

export const PointSchema = Type.Object(
  { type: Type.Literal('Point'), coordinates: PositionSchema },
  { additionalProperties: false },
);
export const LineStringSchema = Type.Object(
  { type: Type.Literal('LineString'), coordinates: Type.Array(PositionSchema, { minItems: 2, maxItems: 5000 }) },
  { additionalProperties: false },
);
export const PolygonSchema = Type.Object(
  {
    type: Type.Literal('Polygon'),
    coordinates: Type.Array(Type.Array(PositionSchema, { minItems: 4, maxItems: 5000 }), { minItems: 1, maxItems: 50 }),
  },
  { additionalProperties: false },
);

/**
 * A Point, LineString or Polygon. The discriminator makes the validator check only the branch that `type` names,
 * so an error says `body/geometry/coordinates/0 must be <= 180`, not three branches' worth of noise.
 */
export const GeometryInputSchema = Type.Unsafe<
  Static<typeof PointSchema> | Static<typeof LineStringSchema> | Static<typeof PolygonSchema>
>({
  type: 'object',
  required: ['type'],
  discriminator: { propertyName: 'type' },
  oneOf: [PointSchema, LineStringSchema, PolygonSchema],
  description: 'GeoJSON geometry in WGS84: a Point, a LineString (a route) or a Polygon (a park)',
});
export type GeometryInput = Static<typeof GeometryInputSchema>;
