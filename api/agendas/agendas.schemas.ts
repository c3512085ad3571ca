import { Type, type Static } from '@sinclair/typebox';
import {
  DateTimeSchema as DateTime,
  Nullable,
  StringEnum,
  UuidSchema as Uuid,
  WordsSchema,
} from '../shared/schemas.ts';

// The buurtagenda: one source for validation, types and the OpenAPI document.

const ROLES = ['resident', 'professional', 'municipality'] as const;
export const ITEM_STATUSES = ['idea', 'agreed', 'under-way', 'done', 'dropped'] as const;
const EVIDENCE_KINDS = ['indicator', 'survey', 'observation', 'story'] as const;
export type Role = (typeof ROLES)[number];
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

const Text = (maxLength: number, description?: string) =>
  Type.String({ maxLength, ...(description ? { description } : {}) });
const Day = Type.String({ format: 'date', description: 'A day, YYYY-MM-DD' });

// Requests

export const CreateAgendaBodySchema = Type.Object(
  {
    areaType: StringEnum(['buurt', 'wijk'] as const),
    areaCode: Type.String({ maxLength: 12 }),
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  },
  { additionalProperties: false },
);

export const UpdateAgendaBodySchema = Type.Object(
  {
    urgency: Type.Optional(Text(4000, 'Building block 1: why now, in the area’s own words')),
    countingTelling: Type.Optional(Text(4000, 'Building block 5: how the figures and the stories read together')),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const PolicyLinkBodySchema = Type.Object(
  {
    title: WordsSchema(200),
    url: Type.String({
      maxLength: 2000,
      pattern: '^https?://[^\\s]+$',
      description: 'http(s) address of the policy document',
    }),
    note: Type.Optional(Text(1000)),
  },
  { additionalProperties: false },
);

export const PartyBodySchema = Type.Object(
  {
    role: StringEnum(ROLES),
    organisationId: Type.Optional({
      ...Uuid,
      description: 'An organisation on the map (added by an editor or one of its members)',
    }),
    name: Type.Optional(
      WordsSchema(200, {
        description: 'A party not on the map, e.g. a municipal team (editors only); never a private person’s name',
      }),
    ),
    me: Type.Optional(Type.Literal(true, { description: 'Join the table yourself (only you can put yourself at it)' })),
  },
  { additionalProperties: false },
);

export const ItemBodySchema = Type.Object(
  {
    ambition: WordsSchema(300, { description: 'The ambition in plain words' }),
    description: Type.Optional(Text(4000)),
    theme: Type.String({ pattern: '^[a-z-]{2,40}$', description: 'A theme of the kompas (see GET /api/indicators)' }),
    nextStep: Type.Optional(Text(500)),
    nextStepDate: Type.Optional(Nullable(Day)),
    carriers: Type.Optional(
      Type.Array(Uuid, { maxItems: 20, uniqueItems: true, description: 'Parties at the table who carry it' }),
    ),
  },
  { additionalProperties: false },
);

export const UpdateItemBodySchema = Type.Object(
  {
    ambition: Type.Optional(WordsSchema(300)),
    description: Type.Optional(Text(4000)),
    theme: Type.Optional(Type.String({ pattern: '^[a-z-]{2,40}$' })),
    nextStep: Type.Optional(Text(500)),
    nextStepDate: Type.Optional(Nullable(Day)),
    carriers: Type.Optional(Type.Array(Uuid, { maxItems: 20, uniqueItems: true })),
    status: Type.Optional(StringEnum(ITEM_STATUSES)),
    droppedReason: Type.Optional(WordsSchema(1000, { description: 'Required when the status becomes "dropped"' })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const EvidenceBodySchema = Type.Object(
  {
    kind: StringEnum(EVIDENCE_KINDS),
    ref: Type.String({
      minLength: 1,
      maxLength: 60,
      description: 'indicator: its key; survey: the round’s id; observation: its id; story: the story’s id',
    }),
    itemId: Type.Optional({
      ...Uuid,
      description: 'The item it supports; without it, one of the agenda’s gathered stories',
    }),
    note: Type.Optional(Text(1000)),
  },
  { additionalProperties: false },
);

export const PledgeBodySchema = Type.Object(
  {
    assetId: Type.Optional({ ...Uuid, description: 'Your own asset, or your organisation’s' }),
    organisationId: Type.Optional({
      ...Uuid,
      description: 'Your organisation’s own contribution (e.g. its members’ time)',
    }),
    what: WordsSchema(500, { description: 'What is offered, e.g. "the hall on Tuesday evenings"' }),
  },
  { additionalProperties: false },
);

// Responses

const PartySchema = Type.Object({
  id: Uuid,
  role: StringEnum(ROLES),
  kind: StringEnum(['organisation', 'resident', 'named'] as const),
  name: Type.String(),
  organisationId: Nullable(Uuid),
  mine: Type.Boolean({ description: 'You, or an organisation you belong to' }),
});

const EvidenceSchema = Type.Object({
  id: Uuid,
  kind: StringEnum(EVIDENCE_KINDS),
  ref: Type.String(),
  note: Type.String(),
  title: Type.String({
    description: 'The indicator’s label, the round’s title, the observation’s words or the story’s title',
  }),
  detail: Type.String({
    description: 'What it says for this area, e.g. "2.4 persons (Tilburg 1.94), index 124"; "" when gone or hidden',
  }),
  source: Nullable(Type.String()),
  year: Nullable(Type.Integer()),
  link: Nullable(Type.String({ description: 'Where to see it in the app' })),
});

const PledgeSchema = Type.Object({
  id: Uuid,
  what: Type.String(),
  status: StringEnum(['pledged', 'used'] as const),
  asset: Nullable(
    Type.Object(
      { id: Uuid, title: Type.String(), type: Type.String() },
      { description: 'The pledged item; null for a contribution, or for a resident’s item the viewer may not see' },
    ),
  ),
  organisation: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  pledgedBy: Nullable(
    Type.String({
      description:
        'The organisation, or the resident’s display name; null when the viewer may not see the resident’s item',
    }),
  ),
  mine: Type.Boolean(),
  createdAt: DateTime,
});

const CommentSchema = Type.Object({
  id: Uuid,
  body: Type.String(),
  author: Type.String(),
  mine: Type.Boolean(),
  createdAt: DateTime,
});

/** Where an item stands, in the item and in each of its versions: its status (why dropped) and its next step. */
const itemProgress = {
  status: StringEnum(ITEM_STATUSES),
  droppedReason: Nullable(Type.String()),
  nextStep: Type.String(),
  nextStepDate: Nullable(Type.String()),
};

const ItemSchema = Type.Object({
  id: Uuid,
  ambition: Type.String(),
  description: Type.String(),
  theme: Type.String(),
  themeLabel: Type.String(),
  ...itemProgress,
  version: Type.Integer(),
  updatedAt: DateTime,
  carriers: Type.Array(PartySchema),
  evidence: Type.Array(EvidenceSchema),
  pledges: Type.Array(PledgeSchema),
  supports: Type.Integer(),
  supportedByMe: Type.Boolean(),
  comments: Type.Array(CommentSchema),
  introductions: Type.Object({ made: Type.Integer(), accepted: Type.Integer(), met: Type.Integer() }),
});

const ScanEntrySchema = Type.Object({
  key: Type.String(),
  family: StringEnum(['figures', 'assets', 'judgement'] as const),
  label: Type.String(),
  theme: Type.String(),
  themeLabel: Type.String(),
  unit: Type.String(),
  value: Type.Number(),
  reference: Type.Number(),
  index: Nullable(Type.Number()),
  deviation: Type.Number({ description: 'In mean absolute deviations of the areas (z)' }),
  class: Type.String(),
  assessment: Nullable(Type.String()),
  source: Type.String(),
  year: Type.Integer(),
});

const ProgressSchema = Type.Object({
  items: Type.Object({
    idea: Type.Integer(),
    agreed: Type.Integer(),
    'under-way': Type.Integer(),
    done: Type.Integer(),
    dropped: Type.Integer(),
  }),
  pledges: Type.Object({ pledged: Type.Integer(), used: Type.Integer() }),
  introductions: Type.Object({ made: Type.Integer(), accepted: Type.Integer(), met: Type.Integer() }),
  supports: Type.Integer(),
});

export const AgendaSummarySchema = Type.Object({
  id: Uuid,
  area: Type.Object({ type: StringEnum(['buurt', 'wijk'] as const), code: Type.String(), name: Type.String() }),
  year: Type.Integer(),
  title: Type.String({ description: '"Buurtagenda <area> <year>"' }),
  status: StringEnum(['draft', 'published'] as const),
  publishedAt: Nullable(DateTime),
  updatedAt: DateTime,
  progress: ProgressSchema,
});

export const AgendaSchema = Type.Composite(
  [
    AgendaSummarySchema,
    Type.Object({
      municipality: Type.Object({ code: Type.String(), name: Type.String() }),
      urgency: Type.String(),
      countingTelling: Type.String(),
      scan: Type.Array(ScanEntrySchema, {
        description: 'Building block 2, generated from the profile: what deviates most from the municipal mean',
      }),
      parties: Type.Array(PartySchema),
      stories: Type.Array(EvidenceSchema, {
        description: 'Building block 4: observations and stories gathered for the agenda',
      }),
      policyLinks: Type.Array(Type.Object({ id: Uuid, title: Type.String(), url: Type.String(), note: Type.String() })),
      items: Type.Array(ItemSchema),
      you: Type.Object({
        mayEdit: Type.Boolean({ description: 'A connector of the area, or an administrator' }),
        takesPart: Type.Boolean({
          description: 'Lives or works in the area, or sits at the table: may comment and support',
        }),
      }),
    }),
  ],
  { $id: 'Agenda' },
);

export const HistoryEntrySchema = Type.Object({
  at: DateTime,
  actor: Nullable(
    Type.String({
      description:
        'Display name; null for a deleted account, or a resident this viewer may not see named (support, words, a pledge of an item they may not see)',
    }),
  ),
  action: Type.String(),
  itemId: Nullable(Uuid),
  details: Type.Record(Type.String(), Type.Unknown(), {
    description:
      'What changed; for a pledge: what (its words) and of (what was pledged, only when the viewer may see it)',
  }),
});

/** What an edit of an item answers: the number of the version it made. */
export const ItemEditedSchema = Type.Object({ version: Type.Integer() });

export const ItemVersionSchema = Type.Object({
  version: Type.Integer(),
  ambition: Type.String(),
  description: Type.String(),
  theme: Type.String(),
  ...itemProgress,
  editedBy: Nullable(Type.String()),
  editedAt: DateTime,
});

export type Agenda = Static<typeof AgendaSchema>;
export type AgendaSummary = Static<typeof AgendaSummarySchema>;
export type AgendaItem = Static<typeof ItemSchema>;
export type ScanEntry = Static<typeof ScanEntrySchema>;
export type AgendaProgress = Static<typeof ProgressSchema>;
export type HistoryEntry = Static<typeof HistoryEntrySchema>;
export type ItemVersion = Static<typeof ItemVersionSchema>;
export type ItemBody = Static<typeof ItemBodySchema>;
export type UpdateItemBody = Static<typeof UpdateItemBodySchema>;
