import { Type } from '@sinclair/typebox';
import { AreaRefSchema, Nullable, StringEnum } from '../shared/schemas.ts';

const ClassEnum = Type.Union(
  [StringEnum(['far-below', 'below', 'average', 'above', 'far-above'] as const), Type.Null()],
  {
    description:
      'Distance to the municipal mean relative to the mean absolute deviation of all areas of the same kind (null: no data)',
  },
);
const AssessmentEnum = Type.Union(
  [StringEnum(['much-worse', 'worse', 'average', 'better', 'much-better'] as const), Type.Null()],
  {
    description: 'Better or worse by the indicator’s direction; null for a descriptive indicator or no data',
  },
);
const FamilyEnum = StringEnum(['figures', 'assets', 'judgement'] as const);
const DirectionEnum = StringEnum(['higher-better', 'lower-better', 'descriptive'] as const);
const Scored = {
  index: Type.Union([Type.Number(), Type.Null()], {
    description: '100 = the municipal mean; the true index (a chart draws it within 40–160)',
  }),
  class: ClassEnum,
  assessment: AssessmentEnum,
};

/** What a value of the map rests on, for the kompas and the choropleth alike. */
const CountFields = {
  count: Nullable(
    Type.Integer({
      description:
        'The things counted that the value rests on (associations, connectors, …); null: not a count of things',
    }),
  ),
  smallCount: Type.Boolean({
    description:
      'Rests on fewer things than the kompas scores (see docs/guide.md): shown as the count, with no index, class or assessment',
  }),
};

export const KompasSchema = Type.Object(
  {
    area: Type.Object({ type: StringEnum(['buurt', 'wijk'] as const), code: Type.String(), name: Type.String() }),
    wijk: Type.Object(
      {
        code: Type.String(),
        name: Type.String(),
        buurten: Type.Array(AreaRefSchema, { description: 'Its buurten, by name' }),
      },
      { description: 'The wijk itself, or the wijk the buurt lies in' },
    ),
    municipality: AreaRefSchema,
    quarters: Type.Array(
      Type.Object({
        key: Type.String(),
        label: Type.String(),
        ...Scored,
        themes: Type.Array(
          Type.Object({
            key: Type.String(),
            label: Type.String(),
            ...Scored,
            indicators: Type.Array(
              Type.Object({
                key: Type.String(),
                family: FamilyEnum,
                label: Type.String(),
                explanation: Type.String(),
                unit: Type.String(),
                direction: DirectionEnum,
                value: Nullable(
                  Type.Number({
                    description:
                      'null: the source has no figure (shown as "no data", never estimated); CBS figures are never given per buurt',
                  }),
                ),
                ...CountFields,
                reference: Nullable(Type.Number()),
                referenceIs: Type.Union(
                  [StringEnum(['municipality', 'mean-of-wijken', 'mean-of-buurten'] as const), Type.Null()],
                  {
                    description:
                      'The municipality’s own figure, or (when it has none) the mean of its wijken or buurten',
                  },
                ),
                ...Scored,
                deviation: Nullable(
                  Type.Number({
                    description:
                      'Distance from the reference in mean absolute deviations of the areas (z); the class comes from it',
                  }),
                ),
                source: Type.Object({ title: Type.String(), publisher: Type.String(), year: Type.Integer() }),
              }),
            ),
          }),
        ),
      }),
    ),
  },
  { $id: 'Kompas' },
);

/** One indicator of the kompas as GET /api/indicators lists it. */
export const IndicatorSummarySchema = Type.Object({
  key: Type.String(),
  family: FamilyEnum,
  quarter: Type.String(),
  quarterLabel: Type.String(),
  theme: Type.String(),
  themeLabel: Type.String(),
  label: Type.String(),
  explanation: Type.String(),
  unit: Type.String(),
  direction: DirectionEnum,
  source: Type.Union([Type.String(), Type.Null()]),
});

/** One indicator across all wijken, for a choropleth (GET /api/indicators/{key}/wijken). */
export const IndicatorAcrossWijkenSchema = Type.Object({
  municipality: Type.Object(
    { code: Type.String(), name: Type.String() },
    { description: 'The municipality whose wijken these are, and whose reference scores them' },
  ),
  indicator: Type.Object({
    key: Type.String(),
    label: Type.String(),
    explanation: Type.String(),
    unit: Type.String(),
    direction: DirectionEnum,
    family: FamilyEnum,
  }),
  reference: Nullable(Type.Number()),
  referenceIs: Type.Union([StringEnum(['municipality', 'mean-of-wijken'] as const), Type.Null()]),
  breaks: Type.Union([
    // Typed as the four-number tuple the service returns; in the JSON Schema an array of exactly four.
    Type.Unsafe<[number, number, number, number]>(
      Type.Array(Type.Number(), {
        minItems: 4,
        maxItems: 4,
        description: 'Where the class changes: far below | below | average | above | far above',
      }),
    ),
    Type.Null(),
  ]),
  wijken: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      value: Nullable(Type.Number()),
      ...CountFields,
      index: Nullable(Type.Number()),
      class: ClassEnum,
      assessment: AssessmentEnum,
    }),
  ),
});
