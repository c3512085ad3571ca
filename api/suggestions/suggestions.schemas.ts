import { Type, type Static } from '@sinclair/typebox';
import { LanguageSchema, LimitSchema, StringEnum } from '../shared/schemas.ts';
import { DEFAULT_RADIUS_M, MAX_RADIUS_M, MIN_RADIUS_M, RULE_NAMES } from './rules.ts';

export const SuggestionsQuerySchema = Type.Object(
  {
    radius: Type.Optional(
      Type.Integer({
        minimum: MIN_RADIUS_M,
        maximum: MAX_RADIUS_M,
        description: `"Nearby" in metres (default ${DEFAULT_RADIUS_M}); the same buurt always counts`,
      }),
    ),
    lang: Type.Optional(LanguageSchema),
    limit: Type.Optional(LimitSchema(100, { description: 'How many, best first (default 20)' })),
  },
  { additionalProperties: false },
);

const Label = Type.Object({ key: Type.String(), label: Type.String() });

export const SuggestionSchema = Type.Object({
  key: Type.String({ description: 'rule:kind:id — what feedback and introductions name' }),
  rule: StringEnum(RULE_NAMES),
  score: Type.Number(),
  candidate: Type.Object({
    kind: StringEnum(['resident', 'organisation', 'place', 'group'] as const),
    id: Type.String(),
    name: Type.String(),
  }),
  title: Type.String({ description: 'The item that fits best (or the candidate’s name)' }),
  matchedTags: Type.Array(Label),
  matchedDomains: Type.Array(Label, { description: 'Domains shared without a shared tag: a weaker fit' }),
  distance: Type.Object({
    band: Type.String({
      description: 'same-buurt, <500, <1000, <2000, <3000 (residents), or exact (places and organisations)',
    }),
    text: Type.String(),
    metres: Type.Optional(
      Type.Integer({ description: 'Places and organisations only, rounded to 50 m; never for residents' }),
    ),
  }),
  location: Type.Union(
    [
      Type.Object({ kind: Type.Literal('point'), lng: Type.Number(), lat: Type.Number() }),
      Type.Object({ kind: Type.Literal('buurt'), code: Type.String(), name: Type.String() }),
      Type.Null(),
    ],
    {
      description:
        'Where to show it on a map: places and organisations exactly; a resident only as their buurt, never finer (with the viewer’s own home, a finer place would give the distance more exactly than its band); NULL for a group',
    },
  ),
  reason: Type.String({ description: 'Why this suggestion, written for the one who asked for suggestions' }),
  nextStep: Type.String(),
  note: Type.String({
    description:
      'A first note for an introduction, written for its reader (the candidate) in their language; "" for a group, whose members are asked one by one',
  }),
  group: Type.Optional(
    Type.Object({
      people: Type.Integer(),
      members: Type.Array(Type.Object({ id: Type.String(), name: Type.String() }), {
        description: 'The nearest twelve, by name',
      }),
      place: Type.Union([
        Type.Object({ id: Type.String(), name: Type.String(), distance: Type.String(), metres: Type.Integer() }),
        Type.Null(),
      ]),
    }),
  ),
});

export const SuggestionsResponseSchema = Type.Object(
  {
    subject: Type.Object({
      kind: StringEnum(['resident', 'organisation', 'place'] as const),
      id: Type.String(),
      name: Type.String(),
    }),
    radiusMetres: Type.Integer(),
    located: Type.Boolean({ description: 'false: the subject has no location yet, so nothing is nearby' }),
    suggestions: Type.Array(SuggestionSchema),
  },
  { $id: 'SuggestionsResponse' },
);
export type SuggestionsResponse = Static<typeof SuggestionsResponseSchema>;

export const FeedbackBodySchema = Type.Object(
  {
    subject: Type.String({
      pattern: '^(me|(organisation|place):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$',
      description: "'me', 'organisation:<id>' or 'place:<id>'",
    }),
    suggestion: Type.String({ minLength: 3, maxLength: 120, pattern: '^[a-z-]+:[a-z]+:[A-Za-z0-9-]+$' }),
    action: StringEnum(['dismissed', 'acted'] as const),
  },
  { additionalProperties: false },
);
