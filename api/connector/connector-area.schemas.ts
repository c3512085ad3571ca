import { Type } from '@sinclair/typebox';
import {
  BUURT_CODE_PATTERN,
  DateTimeSchema,
  LanguageSchema,
  LimitSchema,
  Nullable,
  StringEnum,
  UuidSchema,
} from '../shared/schemas.ts';
import { RULE_NAMES } from '../suggestions/rules.ts';

/** A connector (buurtverbinder) who acts for a buurt, as anyone may see them: by display name. */
export const BuurtConnectorSchema = Type.Object(
  { id: UuidSchema, displayName: Type.String() },
  { additionalProperties: false },
);

/** How many suggested pairs one page of the area view shows, unless asked otherwise, and at most. */
export const AREA_PAIRS_PAGE = 10;
export const AREA_PAIRS_PAGE_MAX = 50;
/** The roles an inventory item can take in a rule (ROLES.inventory): how a resident who is not named is described. */
const InventoryRole = StringEnum(['teach', 'time', 'learn', 'passion', 'need', 'lend'] as const);

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

export const AreaConnectionsQuery = Type.Object(
  {
    lang: Type.Optional(LanguageSchema),
    buurt: Type.Optional(
      Type.String({
        pattern: BUURT_CODE_PATTERN,
        description:
          'A CBS buurt code of the area: only the pairs, groups and introductions of this buurt (the figures stay those of the whole area)',
      }),
    ),
    rule: Type.Optional(StringEnum(RULE_NAMES, { description: 'Only the pairs this rule suggests' })),
    pairs: Type.Optional(
      StringEnum(['new', 'done'] as const, {
        description: 'new (default): pairs not introduced yet; done: pairs introduced already, with their status',
      }),
    ),
    limit: Type.Optional(LimitSchema(AREA_PAIRS_PAGE_MAX, { default: AREA_PAIRS_PAGE, description: 'Pairs per page' })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, description: 'Pairs to skip', default: 0 })),
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
      { description: 'One page of the strongest suggested connections inside the area, best first' },
    ),
    suggestionsPage: Type.Object(
      {
        pairs: StringEnum(['new', 'done'] as const),
        offset: Type.Integer(),
        limit: Type.Integer(),
        total: Type.Integer({ description: 'Pairs of this kind (new or done) under the filters' }),
        new: Type.Integer({ description: 'Pairs not introduced yet under the filters' }),
        done: Type.Integer({ description: 'Pairs introduced already under the filters' }),
      },
      { description: 'Where this page of pairs lies among all of them' },
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
            about: Nullable(Type.Object({ role: InventoryRole, tag: Label }), {
              description:
                'For a resident who is not named: one thing of theirs the connectors of the area see, by its role and tag',
            }),
          }),
        ),
      }),
    ),
    figures: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), ...Counts })),
    totals: Type.Object(Counts),
  },
  { $id: 'AreaConnections' },
);
