import { Type, type Static } from '@sinclair/typebox';
import { DateTimeSchema, Nullable, StringEnum, UuidSchema as Uuid, WordsSchema } from '../shared/schemas.ts';

export const PartyRefSchema = Type.Object(
  {
    kind: StringEnum(['resident', 'organisation', 'place'] as const, {
      description: "A suggestion's candidate: a place means its owner",
    }),
    id: Uuid,
  },
  { additionalProperties: false },
);

const Note = WordsSchema(500, { description: 'A short note: why these two should meet' });
const SuggestionKey = Type.String({
  maxLength: 120,
  // rule:kind:id for someone's own suggestion; rule:kind:id:kind:id for a pair in a connector's area view
  pattern: '^[a-z-]+:[a-z]+:[A-Za-z0-9-]+(:[a-z]+:[A-Za-z0-9-]+)?$',
  description: 'The suggestion it comes from (its key)',
});

/** What every request for an introduction says besides who: why, where it comes from, what it serves. */
const IntroductionFields = {
  note: Note,
  suggestion: Type.Optional(SuggestionKey),
  forAgendaItem: Type.Optional({
    ...Uuid,
    description: 'The buurtagenda item this introduction serves (linked at once)',
  }),
};

export const IntroductionBodySchema = Type.Object(
  {
    to: PartyRefSchema,
    fromOrganisation: Type.Optional(Nullable(Uuid, { description: 'Ask for an organisation you are a member of' })),
    ...IntroductionFields,
  },
  { additionalProperties: false },
);

export const ConnectorIntroductionBodySchema = Type.Object(
  { parties: Type.Tuple([PartyRefSchema, PartyRefSchema]), ...IntroductionFields },
  { additionalProperties: false },
);

export const AnswerBodySchema = Type.Object(
  { answer: StringEnum(['accept', 'decline'] as const) },
  { additionalProperties: false },
);
export const MessageBodySchema = Type.Object({ body: WordsSchema(2000) }, { additionalProperties: false });

export const ReportBodySchema = Type.Object(
  {
    introductionId: Uuid,
    messageId: Type.Optional(Uuid),
    reason: StringEnum(['spam', 'harassment', 'unsafe', 'other'] as const),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
    block: Type.Optional(Type.Boolean({ description: 'Also block the person reported' })),
  },
  { additionalProperties: false },
);

const Status = StringEnum(['asked', 'accepted', 'declined', 'met'] as const);
const AnswerEnum = StringEnum(['pending', 'accepted', 'declined'] as const);

/** The introduction's status after my answer. */
export const AnswerResultSchema = Type.Object({ status: Status });

export const IntroductionSchema = Type.Object(
  {
    id: Uuid,
    status: Status,
    note: Type.String(),
    byConnector: Type.Boolean(),
    requestedBy: Type.Union([Type.String(), Type.Null()], {
      description: 'Display name of who asked (NULL: account deleted)',
    }),
    requestedById: Nullable(Uuid, { description: 'Who asked, when it was someone else (to block them)' }),
    askedByMe: Type.Boolean(),
    myParty: Type.Union([Type.Integer({ minimum: 1, maximum: 2 }), Type.Null()], {
      description: 'The party I answer for (NULL: I made it as a connector)',
    }),
    canAnswer: Type.Boolean(),
    canWrite: Type.Boolean(),
    parties: Type.Array(
      Type.Object({
        position: Type.Integer(),
        kind: StringEnum(['resident', 'organisation'] as const),
        id: Uuid,
        name: Type.String(),
        answer: AnswerEnum,
      }),
    ),
    suggestion: Type.Union([Type.String(), Type.Null()]),
    buurtCode: Type.Union([Type.String(), Type.Null()]),
    createdAt: DateTimeSchema,
    answeredAt: Nullable(DateTimeSchema),
    metAt: Nullable(DateTimeSchema),
    messageCount: Type.Integer(),
    unread: Type.Integer(),
  },
  { $id: 'Introduction' },
);
export type Introduction = Static<typeof IntroductionSchema>;

const MessageSchema = Type.Object({
  id: Uuid,
  senderId: Uuid,
  senderName: Type.String(),
  mine: Type.Boolean(),
  body: Type.String(),
  createdAt: DateTimeSchema,
});

export const IntroductionDetailSchema = Type.Object({
  ...IntroductionSchema.properties,
  messages: Type.Array(MessageSchema, {
    description: 'The thread; empty until both parties accepted, and for the connector',
  }),
});

/** An account I blocked. */
export const BlockedAccountSchema = Type.Object({ id: Type.String(), name: Type.String(), createdAt: DateTimeSchema });

export const NotificationsSchema = Type.Object({
  unread: Type.Integer(),
  items: Type.Array(
    Type.Object({
      id: Uuid,
      kind: StringEnum(['introduction-asked', 'introduction-accepted', 'message', 'agenda-status'] as const),
      introductionId: Type.Union([Uuid, Type.Null()]),
      agendaId: Type.Union([Uuid, Type.Null()], { description: 'agenda-status: the agenda of the item' }),
      agendaStatus: Type.Union([Type.String(), Type.Null()], { description: "agenda-status: the item's new status" }),
      about: Type.Union([Type.String(), Type.Null()], {
        description: 'The parties, by name; for agenda-status the ambition of the item',
      }),
      createdAt: DateTimeSchema,
      read: Type.Boolean(),
    }),
  ),
});
