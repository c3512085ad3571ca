import { Type, type Static, type TSchema } from '@sinclair/typebox';
import {
  AreaRefSchema,
  BuurtCodeSchema,
  DateTimeSchema,
  LimitSchema,
  Nullable,
  StringEnum,
  TAG_KEY_PATTERN,
  TagKeysSchema,
  UuidSchema as Uuid,
  WijkCodeSchema,
  WordsSchema,
} from '../shared/schemas.ts';
import { BboxQuerySchema, GeometryInputSchema, PointSchema } from '../shared/geojson.schemas.ts';
import {
  HOW_OFTEN,
  INVENTORY_KINDS,
  ORGANISATION_ITEM_KINDS,
  PLACE_KINDS,
  STORY_KINDS,
  THING_KINDS,
  DEFAULT_VISIBILITY,
  VISIBILITIES,
} from './asset-kinds.ts';
import { STALE_AFTER_MONTHS } from '../shared/policy.ts';

const Title = WordsSchema(120, { description: 'Short name, shown on the map and in lists' });
const Description = Type.String({ maxLength: 2000, description: 'Free text' });
const Visibility = StringEnum(VISIBILITIES, {
  description:
    'private: only me · connectors: also the connectors of my buurt or wijk · neighbours: also everyone with an account · ' +
    `public: also counted for visitors without an account (in aggregate, from k). Left out: ${DEFAULT_VISIBILITY}`,
});

const PlaceDetails = Type.Object(
  {
    capacity: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, description: 'People it holds' })),
    stepFree: Type.Optional(Type.Boolean({ description: 'Reachable without steps' })),
    accessibleToilet: Type.Optional(Type.Boolean()),
    availability: Type.Optional(Type.String({ maxLength: 300, description: 'Opening hours or when it can be used' })),
  },
  { additionalProperties: false },
);
const InventoryDetails = Type.Object(
  { howOften: Type.Optional(StringEnum(HOW_OFTEN, { description: 'How often I would share this' })) },
  { additionalProperties: false },
);
const NoDetails = Type.Object({}, { additionalProperties: false });

function variant<L extends string, T extends Record<string, TSchema>>(type: L, properties: T) {
  return Type.Object(
    {
      type: Type.Literal(type),
      title: Title,
      description: Type.Optional(Description),
      tags: TagKeysSchema,
      ...properties,
    },
    { additionalProperties: false },
  );
}

export const CreateInventoryBodySchema = variant('inventory', {
  kind: StringEnum(Object.keys(INVENTORY_KINDS) as (keyof typeof INVENTORY_KINDS)[]),
  visibility: Type.Optional(Visibility),
  details: Type.Optional(InventoryDetails),
  onBehalfOf: Type.Optional({
    ...Uuid,
    description: 'Interview mode: the resident a connector records this for (needs their consent)',
  }),
});
export const CreatePlaceBodySchema = variant('place', {
  kind: StringEnum(PLACE_KINDS),
  geometry: GeometryInputSchema,
  ownerOrganisationId: Type.Optional(Uuid),
  details: Type.Optional(PlaceDetails),
});
export const CreateThingBodySchema = variant('thing', {
  kind: StringEnum(THING_KINDS),
  ownerOrganisationId: Type.Optional({
    ...Uuid,
    description: 'Lent by this organisation; without it, by you (placed in aggregate only)',
  }),
  visibility: Type.Optional(Visibility),
  details: Type.Optional(NoDetails),
});
export const CreateStoryBodySchema = variant('story', {
  kind: StringEnum(STORY_KINDS),
  description: Type.String({ minLength: 1, maxLength: 2000, description: 'The story' }),
  buurtCode: Type.Optional({ ...BuurtCodeSchema, description: 'The buurt it is about (or give a point)' }),
  point: Type.Optional(PointSchema),
});
export const CreateOrganisationItemBodySchema = variant('organisation-item', {
  kind: StringEnum(Object.keys(ORGANISATION_ITEM_KINDS) as (keyof typeof ORGANISATION_ITEM_KINDS)[]),
  ownerOrganisationId: Uuid,
});

export const CreateAssetBodySchema = Type.Unsafe<
  | Static<typeof CreateInventoryBodySchema>
  | Static<typeof CreatePlaceBodySchema>
  | Static<typeof CreateThingBodySchema>
  | Static<typeof CreateStoryBodySchema>
  | Static<typeof CreateOrganisationItemBodySchema>
>({
  type: 'object',
  required: ['type'],
  discriminator: { propertyName: 'type' },
  oneOf: [
    CreateInventoryBodySchema,
    CreatePlaceBodySchema,
    CreateThingBodySchema,
    CreateStoryBodySchema,
    CreateOrganisationItemBodySchema,
  ],
});

export const UpdateAssetBodySchema = Type.Object(
  {
    title: Type.Optional(Title),
    description: Type.Optional(Description),
    tags: Type.Optional(TagKeysSchema),
    visibility: Type.Optional(Visibility),
    geometry: Type.Optional(GeometryInputSchema),
    details: Type.Optional(Type.Union([PlaceDetails, InventoryDetails])),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const AssetSchema = Type.Object(
  {
    id: Uuid,
    type: StringEnum(['inventory', 'organisation-item', 'place', 'thing', 'story']),
    kind: Type.String(),
    direction: StringEnum(['offer', 'wish']),
    title: Type.String(),
    description: Type.String(),
    tags: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), domain: Type.String() })),
    buurt: Nullable(AreaRefSchema),
    wijk: Nullable(AreaRefSchema),
    geometry: Type.Union([Type.Object({ type: Type.String(), coordinates: Type.Array(Type.Any()) }), Type.Null()], {
      description: 'Exact for public places; always null for a resident’s own items',
    }),
    owner: Type.Union([
      Type.Object({ kind: Type.Literal('resident'), displayName: Type.String() }),
      Type.Object({ kind: Type.Literal('organisation'), id: Uuid, name: Type.String() }),
      Type.Null(),
    ]),
    visibility: StringEnum(VISIBILITIES),
    details: Type.Record(Type.String(), Type.Any()),
    lastConfirmedAt: DateTimeSchema,
    stillActive: Type.Boolean({
      description: `false when not confirmed for ${STALE_AFTER_MONTHS} months: "still active?"`,
    }),
    mine: Type.Boolean({ description: 'You may edit it' }),
  },
  { $id: 'Asset' },
);

const Csv = (description: string, pattern: string) =>
  Type.String({ maxLength: 500, pattern: `^${pattern}(,${pattern})*$`, description });
export const MapQuerySchema = Type.Object(
  {
    bbox: Type.Optional(BboxQuerySchema),
    types: Type.Optional(
      Csv(
        'Comma-separated: organisation, place, thing, story, organisation-item, people',
        '(organisation|place|thing|story|organisation-item|people)',
      ),
    ),
    tags: Type.Optional(Csv('Comma-separated tag keys', TAG_KEY_PATTERN.slice(1, -1))),
    domains: Type.Optional(Csv('Comma-separated domain keys', TAG_KEY_PATTERN.slice(1, -1))),
    direction: Type.Optional(StringEnum(['offer', 'wish'])),
    buurt: Type.Optional(BuurtCodeSchema),
    wijk: Type.Optional({
      ...WijkCodeSchema,
      description: 'Only this wijk (with `buurt`: that buurt, if it lies in the wijk)',
    }),
    q: Type.Optional(Type.String({ minLength: 2, maxLength: 100, description: 'Words in the title or description' })),
    limit: Type.Optional(LimitSchema(2000, { default: 500 })),
    cursor: Type.Optional({ ...Uuid, description: 'nextCursor of the previous page' }),
  },
  { additionalProperties: false },
);

export type CreateAssetBody = Static<typeof CreateAssetBodySchema>;
export type UpdateAssetBody = Static<typeof UpdateAssetBodySchema>;
export type Asset = Static<typeof AssetSchema>;
export type MapQuery = Static<typeof MapQuerySchema>;

export const MapFeatureSchema = Type.Object({
  type: Type.Literal('Feature'),
  id: Type.String(),
  geometry: Type.Object({ type: Type.String(), coordinates: Type.Array(Type.Any()) }),
  properties: Type.Object({
    layer: StringEnum(['asset', 'people-cell', 'people-buurt'], {
      description: 'asset: an exactly placed public asset · people-cell / people-buurt: residents in aggregate',
    }),
    assetType: Type.Optional(Type.String()),
    kind: Type.Optional(Type.String()),
    direction: Type.Optional(Type.String()),
    title: Type.Optional(Type.String()),
    tags: Type.Optional(Type.Array(Type.String())),
    buurtCode: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    buurtName: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    organisation: Type.Optional(Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()])),
    people: Type.Optional(
      Type.Union([Type.Integer(), Type.Null()], { description: 'null means fewer than `fewerThan`' }),
    ),
    fewerThan: Type.Optional(Type.Integer()),
    members: Type.Optional(
      Type.Array(Type.Object({ name: Type.String(), tags: Type.Array(Type.String()) }), {
        description:
          'For logged-in users, when the groups in view hold at most `privacy.membersLimit` people: who is in this group (names and tags, never a location)',
      }),
    ),
  }),
});

export const MapResponseSchema = Type.Object(
  {
    type: Type.Literal('FeatureCollection'),
    features: Type.Array(MapFeatureSchema),
    page: Type.Object({ limit: Type.Integer(), nextCursor: Type.Union([Type.String(), Type.Null()]) }),
    privacy: Type.Object({ k: Type.Integer(), cellSizeMetres: Type.Integer(), membersLimit: Type.Integer() }),
  },
  { $id: 'MapResponse' },
);

const AreaSummarySchema = Type.Object({
  counts: Type.Object({
    organisations: Type.Integer(),
    places: Type.Integer(),
    stories: Type.Integer(),
    organisationItems: Type.Integer(),
    things: Type.Integer(),
    residents: Type.Union([Type.Integer(), Type.Null()], {
      description: 'Counted per buurt only from k on; a wijk sums its buurten. null: no buurt has k residents',
    }),
  }),
  k: Type.Integer(),
  domains: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), count: Type.Integer() })),
  topTags: Type.Array(
    Type.Object({ key: Type.String(), label: Type.String(), domain: Type.String(), count: Type.Integer() }),
  ),
});

export const BuurtSummarySchema = Type.Composite([Type.Object({ buurt: AreaRefSchema }), AreaSummarySchema]);
export const WijkSummarySchema = Type.Composite([
  Type.Object({ wijk: AreaRefSchema, buurten: Type.Integer({ description: 'How many buurten the figures cover' }) }),
  AreaSummarySchema,
]);
export type MapResponse = Static<typeof MapResponseSchema>;
export type BuurtSummary = Static<typeof BuurtSummarySchema>;
export type WijkSummary = Static<typeof WijkSummarySchema>;
export type AreaSummary = Static<typeof AreaSummarySchema>;
