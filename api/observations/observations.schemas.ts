import { Type } from '@sinclair/typebox';
import { DateTimeSchema, StringEnum, UuidSchema } from '../shared/schemas.ts';

export const OBSERVATION_KINDS = ['goes-well', 'could-be-better'] as const;
const REPORT_REASONS = ['personal-data', 'offensive', 'spam', 'other'] as const;
export const MODERATION_STATUSES = ['reported', 'hidden', 'all'] as const;

export const ModerationQueueQuerySchema = Type.Object(
  {
    status: Type.Optional(
      StringEnum(MODERATION_STATUSES, {
        description: 'reported: with open reports (the default); hidden: hidden now; all: either',
      }),
    ),
  },
  { additionalProperties: false },
);

/** What goes well or could be better, as GET /api/observations lists it (never who wrote it). */
export const ObservationSchema = Type.Object({
  id: Type.String(),
  kind: StringEnum(OBSERVATION_KINDS),
  body: Type.String(),
  lng: Type.Number(),
  lat: Type.Number(),
  buurtCode: Type.String(),
  createdAt: DateTimeSchema,
  photoUrl: Type.Union([Type.String(), Type.Null()]),
  thumbnailUrl: Type.Union([Type.String(), Type.Null()]),
});

export const ObservationReportBodySchema = Type.Object(
  {
    reason: StringEnum(REPORT_REASONS),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

/** A hide or show decision, a step of an observation's audit trail. */
export const ModerationActionSchema = Type.Object({
  action: StringEnum(['hidden', 'shown'] as const),
  reason: Type.String(),
  at: DateTimeSchema,
  actor: Type.Union([Type.String(), Type.Null()], {
    description: 'The moderator’s display name; null when the account is gone',
  }),
});

/** One observation that needs a moderator's attention. Never names its author or who reported it. */
export const ModerationQueueItemSchema = Type.Object({
  id: UuidSchema,
  kind: StringEnum(OBSERVATION_KINDS),
  body: Type.String(),
  buurtCode: Type.String(),
  buurtName: Type.String(),
  createdAt: DateTimeSchema,
  hidden: Type.Boolean(),
  thumbnailUrl: Type.Union([Type.String(), Type.Null()], {
    description: 'Served to moderators even while the observation is hidden',
  }),
  photoUrl: Type.Union([Type.String(), Type.Null()]),
  openReports: Type.Integer({
    description: 'Reports made after the last moderation action (a hide or show decision settles the ones before it)',
  }),
  reports: Type.Array(
    Type.Object({
      reason: StringEnum(REPORT_REASONS),
      note: Type.String(),
      at: DateTimeSchema,
      open: Type.Boolean(),
    }),
    { description: 'Every report, newest first, without who made it' },
  ),
  lastAction: Type.Union([ModerationActionSchema, Type.Null()]),
});
export const ModerationQueueSchema = Type.Array(ModerationQueueItemSchema);
