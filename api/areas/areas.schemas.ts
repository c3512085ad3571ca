import { Type, type Static } from '@sinclair/typebox';
import {
  BboxQuerySchema,
  FeatureCollectionSchema,
  FeatureSchema,
  LatSchema,
  LngSchema,
  MultiPolygonSchema,
} from '../shared/geojson.schemas.ts';
import { AreaRefSchema, BuurtCodeSchema, MunicipalityCodeSchema, Nullable, WijkCodeSchema } from '../shared/schemas.ts';

export const BuurtPropertiesSchema = Type.Object({
  code: BuurtCodeSchema,
  name: Type.String(),
  wijkCode: WijkCodeSchema,
  wijkName: Type.String(),
  areaM2: Type.Number({ description: 'Area in square metres, computed from the polygon' }),
});

export const WijkPropertiesSchema = Type.Object({
  code: WijkCodeSchema,
  name: Type.String(),
  municipalityCode: MunicipalityCodeSchema,
  areaM2: Type.Number(),
  buurtCount: Type.Integer({ description: 'Buurt polygons in this wijk (0 where the municipal files have none)' }),
  inhabitants: Type.Union([Type.Integer(), Type.Null()], {
    description: 'CBS, latest year; null when CBS has no figure',
  }),
});

const nullableNumber = (description: string) => Type.Union([Type.Number(), Type.Null()], { description });

const KeyFiguresSchema = Type.Object({
  year: Type.Integer(),
  source: Type.String({ description: 'Attribution of the figures, e.g. CBS/Kadaster' }),
  inhabitants: nullableNumber('Inhabitants'),
  men: nullableNumber('Men'),
  women: nullableNumber('Women'),
  age0to15Pct: nullableNumber('Share aged 0-15, %'),
  age15to25Pct: nullableNumber('Share aged 15-25, %'),
  age25to45Pct: nullableNumber('Share aged 25-45, %'),
  age45to65Pct: nullableNumber('Share aged 45-65, %'),
  age65PlusPct: nullableNumber('Share aged 65 and over, %'),
  households: nullableNumber('Households'),
  avgHouseholdSize: nullableNumber('Average household size'),
  densityPerKm2: nullableNumber('Inhabitants per km²'),
  passengerCars: nullableNumber('Passenger cars'),
});

export const BuurtFeatureSchema = FeatureSchema(BuurtPropertiesSchema, Type.Ref(MultiPolygonSchema), 'BuurtFeature');
export const BuurtCollectionSchema = FeatureCollectionSchema(Type.Ref(BuurtFeatureSchema), 'BuurtCollection');
const WijkFeatureSchema = FeatureSchema(WijkPropertiesSchema, Type.Ref(MultiPolygonSchema), 'WijkFeature');
export const WijkCollectionSchema = FeatureCollectionSchema(Type.Ref(WijkFeatureSchema), 'WijkCollection');
export const WijkDetailSchema = FeatureSchema(
  Type.Composite([
    WijkPropertiesSchema,
    Type.Object({ keyFigures: Type.Union([KeyFiguresSchema, Type.Null()], { description: 'null when CBS has none' }) }),
  ]),
  Type.Ref(MultiPolygonSchema),
  'WijkDetail',
);

export const AreaListQuerySchema = Type.Object(
  { bbox: Type.Optional(BboxQuerySchema) },
  { additionalProperties: false },
);
export const LookupQuerySchema = Type.Object({ lng: LngSchema, lat: LatSchema }, { additionalProperties: false });

export const LookupResultSchema = Type.Object(
  {
    buurt: Type.Union([AreaRefSchema, Type.Null()], { description: 'null in a wijk without buurt polygons' }),
    wijk: AreaRefSchema,
    municipality: AreaRefSchema,
  },
  { $id: 'LookupResult' },
);

export const MunicipalitySchema = Type.Object({
  code: Type.String({ description: 'CBS municipality code' }),
  name: Type.String(),
  extent: Type.Array(Type.Number(), {
    minItems: 4,
    maxItems: 4,
    description: 'West, south, east, north in degrees: the extent of its buurten (of its wijken where it has none)',
  }),
  wijken: Type.Integer({ minimum: 0 }),
  buurten: Type.Integer({ minimum: 0 }),
});

export const AreaSourceSchema = Type.Object({
  key: Type.String(),
  title: Type.String(),
  publisher: Type.String(),
  year: Type.Integer(),
  licence: Type.String(),
  attribution: Type.String({ description: 'How the source asks to be credited' }),
  url: Nullable(Type.String()),
  buurten: Type.Integer({ minimum: 0, description: 'Buurten whose boundary comes from this source' }),
  wijken: Type.Integer({ minimum: 0, description: 'Wijken whose boundary comes from this source' }),
  keyFigures: Type.Integer({ minimum: 0, description: 'Wijken (and years) whose key figures come from this source' }),
});

export type Municipality = Static<typeof MunicipalitySchema>;
export type AreaSource = Static<typeof AreaSourceSchema>;
export type BuurtFeature = Static<typeof BuurtFeatureSchema>;
export type BuurtCollection = Static<typeof BuurtCollectionSchema>;
export type WijkFeature = Static<typeof WijkFeatureSchema>;
export type WijkCollection = Static<typeof WijkCollectionSchema>;
export type WijkDetail = Static<typeof WijkDetailSchema>;
export type LookupResult = Static<typeof LookupResultSchema>;
export const areaSchemas = [
  BuurtFeatureSchema,
  BuurtCollectionSchema,
  WijkFeatureSchema,
  WijkCollectionSchema,
  WijkDetailSchema,
  LookupResultSchema,
];
