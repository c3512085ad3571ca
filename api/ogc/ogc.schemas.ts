import { Type, type Static } from '@sinclair/typebox';
import { BboxQuerySchema } from '../shared/geojson.schemas.ts';
import { StringEnum } from '../shared/schemas.ts';

/** OGC API – Features: the most features one page may hold, and how many when the client does not say. */
export const MAX_LIMIT = 10_000;
export const DEFAULT_LIMIT = 10;

const FormatSchema = StringEnum(['json'] as const, {
  description: 'The format of the answer: JSON (GeoJSON for features), the only one this server writes',
});

export const FormatQuerySchema = Type.Object({ f: Type.Optional(FormatSchema) }, { additionalProperties: false });

export const CollectionParamsSchema = Type.Object({
  collectionId: Type.String({ pattern: '^[a-z-]{1,40}$', description: 'A collection id, e.g. `organisations`' }),
});

export const FeatureParamsSchema = Type.Object({
  collectionId: CollectionParamsSchema.properties.collectionId,
  featureId: Type.String({
    pattern: '^[A-Za-z0-9:-]{1,100}$',
    description: 'A feature id: a uuid, a buurt or wijk code, or a cell `x:y`',
  }),
});

export const ItemsQuerySchema = Type.Object(
  {
    f: Type.Optional(FormatSchema),
    bbox: Type.Optional(BboxQuerySchema),
    limit: Type.Optional(
      Type.Integer({
        minimum: 1,
        default: DEFAULT_LIMIT,
        description: `At most this many features (default ${DEFAULT_LIMIT}); more than ${MAX_LIMIT} counts as ${MAX_LIMIT}`,
      }),
    ),
    offset: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 100_000_000, description: 'Skip this many features (in id order)' }),
    ),
  },
  { additionalProperties: false },
);
export type ItemsQuery = Static<typeof ItemsQuerySchema>;

const LinkSchema = Type.Object({
  href: Type.String(),
  rel: Type.String(),
  type: Type.Optional(Type.String()),
  title: Type.Optional(Type.String()),
});
export type Link = Static<typeof LinkSchema>;

export const LandingPageSchema = Type.Object({
  title: Type.String(),
  description: Type.String(),
  links: Type.Array(LinkSchema),
});

export const ConformanceSchema = Type.Object({ conformsTo: Type.Array(Type.String()) });

export const CollectionSchema = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    description: Type.String(),
    itemType: Type.Literal('feature'),
    crs: Type.Array(Type.String()),
    extent: Type.Object({
      spatial: Type.Object({
        bbox: Type.Array(Type.Array(Type.Number(), { minItems: 4, maxItems: 4 })),
        crs: Type.String(),
      }),
    }),
    license: Type.String(),
    attribution: Type.String(),
    links: Type.Array(LinkSchema),
  },
  { $id: 'OgcCollection' },
);
export type Collection = Static<typeof CollectionSchema>;

export const CollectionsSchema = Type.Object({
  links: Type.Array(LinkSchema),
  collections: Type.Array(Type.Ref(CollectionSchema)),
});

/** The features' answers are written as text around the database's GeoJSON (see ogc.routes.ts); documented here. */
export const FeatureCollectionResponseSchema = Type.Object(
  {
    type: Type.Literal('FeatureCollection'),
    features: Type.Array(Type.Object({}, { additionalProperties: true })),
    numberMatched: Type.Integer(),
    numberReturned: Type.Integer(),
    timeStamp: Type.String(),
    links: Type.Array(LinkSchema),
  },
  { description: 'application/geo+json' },
);

export const FeatureResponseSchema = Type.Object(
  {
    type: Type.Literal('Feature'),
    id: Type.String(),
    geometry: Type.Object({}, { additionalProperties: true }),
    properties: Type.Object({}, { additionalProperties: true }),
    links: Type.Array(LinkSchema),
  },
  { description: 'application/geo+json' },
);

export const OpenDataParamsSchema = Type.Object({
  file: Type.String({
    pattern: '^[a-z-]{1,40}\\.(geojson|csv)$',
    description: 'A layer and a format, e.g. `organisations.geojson` or `organisations.csv`',
  }),
});
