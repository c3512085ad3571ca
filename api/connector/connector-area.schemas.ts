import { Type } from '@sinclair/typebox';
import { DateTimeSchema, LanguageSchema, Nullable, StringEnum, UuidSchema } from '../shared/schemas.ts';
import { RULE_NAMES } from '../suggestions/rules.ts';

const Label = Type.Object({ key: Type.String(), label: Type.String() });
const Status = StringEnum(['asked', 'accepted', 'declined', 'met'] as const);
const Counts = {
  made: Type.Integer(),
  asked: Type.Integer(),
  accepted: Type.Integer({ description: 'Accepted by both, met included' }),
  declined: Type.Integer(),
  met: Type.Integer({ description: '"We met" confirmed' }),
};

/** A buurt or wijk I am connector (buurtverbinder) for. */
export const ConnectorAreaSchema = Type.Object({
  id: UuidSchema,
  type: Type.Union([Type.Literal('buurt'), Type.Literal('wijk')]),
  code: Type.String(),
  name: Type.String(),
  buurtCount: Type.Integer(),
  grantedAt: DateTimeSchema,
});

export const AreaCsvQuery = Type.Object(
  {
    table: Type.Optional(
      StringEnum(['figures', 'introductions', 'suggestions'] as const, {
        description: 'Which table (default figures)',
      }),
    ),
    lang: Type.Optional(LanguageSchema),
  },
  { additionalProperties: false },
);

export const AreaConnectionsSchema = Type.Object(
  {
    area: Type.Object({
      type: StringEnum(['buurt', 'wijk'] as const),
      code: Type.String(),
      name: Type.String(),
      buurten: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
    }),
    suggestions: Type.Array(
      Type.Object({
        key: Type.String(),
        rule: StringEnum(RULE_NAMES),
        score: Type.Number(),
        parties: Type.Array(
          Type.Object({
            kind: StringEnum(['resident', 'organisation', 'place'] as const),
            id: UuidSchema,
            name: Type.String(),
            title: Type.String({ description: 'The item that fits' }),
            buurtCode: Nullable(Type.String()),
          }),
        ),
        matchedTags: Type.Array(Label),
        sameBuurt: Type.Boolean(),
        introduced: Type.Union([Status, Type.Null()], {
          description: 'The status of an introduction already made between the two',
        }),
      }),
      { description: 'The strongest suggested connections inside the area, best first' },
    ),
    groups: Type.Array(
      Type.Object({
        key: Type.String(),
        label: Type.String(),
        people: Type.Integer(),
        members: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
        buurtCode: Type.String(),
      }),
      { description: 'Passions three or more residents share: groups waiting to be started' },
    ),
    introductions: Type.Array(
      Type.Object({
        id: UuidSchema,
        status: Status,
        buurtCode: Nullable(Type.String()),
        byConnector: Type.Boolean(),
        mine: Type.Boolean({ description: 'I made it' }),
        createdAt: DateTimeSchema,
        answeredAt: Nullable(DateTimeSchema),
        metAt: Nullable(DateTimeSchema),
        parties: Type.Array(
          Type.Object({
            kind: StringEnum(['resident', 'organisation'] as const),
            name: Type.Union([Type.String(), Type.Null()], {
              description: 'NULL: a resident in an introduction I did not make',
            }),
            answer: Type.String(),
          }),
        ),
      }),
    ),
    figures: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), ...Counts })),
    totals: Type.Object(Counts),
  },
  { $id: 'AreaConnections' },
);
