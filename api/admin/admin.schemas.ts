import { Type } from '@sinclair/typebox';
import { AreaCodeSchema, DateTimeSchema, LimitSchema, Nullable, StringEnum, UuidSchema } from '../shared/schemas.ts';

const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed', 'expired'] as const;
export const OutboxStatusSchema = StringEnum(OUTBOX_STATUSES, {
  description:
    'queued: waits for its (next) attempt; sending: a server process is sending it now; sent: the mail server ' +
    'accepted it; failed: refused for good or out of attempts; expired: its link expired before it could leave',
});
export const OutboxMessageSchema = Type.Object({
  id: UuidSchema,
  to: Type.String(),
  kind: Type.String(),
  subject: Type.String(),
  body: Nullable(Type.String(), {
    description:
      'null for mails that carry a log-in link (welcome, sign-up attempt, password reset) once a mail server ' +
      'sends them: an administrator reading them could take over the account',
  }),
  status: OutboxStatusSchema,
  attempts: Type.Integer({ minimum: 0 }),
  lastError: Nullable(Type.String()),
  nextAttemptAt: DateTimeSchema,
  createdAt: DateTimeSchema,
  sentAt: Nullable(DateTimeSchema),
});
export const OutboxSchema = Type.Object({
  delivery: Type.Object({
    configured: Type.Boolean({ description: 'false: no mail server (SMTP_URL); mail waits here and is not sent' }),
    from: Type.String({ description: 'The sender of every mail (MAIL_FROM)' }),
  }),
  messages: Type.Array(OutboxMessageSchema),
});
export const OutboxQuerySchema = Type.Object(
  {
    limit: Type.Optional(LimitSchema(500, { default: 100 })),
    status: Type.Optional(OutboxStatusSchema),
  },
  { additionalProperties: false },
);

export const AdminUserSchema = Type.Object({
  id: UuidSchema,
  email: Type.String(),
  displayName: Type.String(),
  isAdmin: Type.Boolean(),
  createdAt: DateTimeSchema,
  connectorAreas: Type.Array(Type.Object({ id: Type.String(), code: Type.String() })),
});
export const UsersQuerySchema = Type.Object(
  {
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    limit: Type.Optional(LimitSchema(200, { default: 200, description: 'At most this many accounts, newest first' })),
  },
  { additionalProperties: false },
);
export const AdminBodySchema = Type.Object(
  { isAdmin: Type.Boolean({ description: 'true makes the account an administrator, false takes that back' }) },
  { additionalProperties: false },
);
export const AdminRoleSchema = Type.Object({ id: UuidSchema, isAdmin: Type.Boolean() });

export const PickableAreaSchema = Type.Object({
  type: StringEnum(['buurt', 'wijk'] as const),
  code: Type.String(),
  name: Type.String(),
  wijk: Nullable(Type.Object({ code: Type.String(), name: Type.String() }), { description: 'The wijk of a buurt' }),
  municipality: Type.Object({ code: Type.String(), name: Type.String() }),
});
export const GrantParamsSchema = Type.Object({ id: UuidSchema, grantId: UuidSchema });
export const GrantBodySchema = Type.Object({ areaCode: AreaCodeSchema }, { additionalProperties: false });
export const GrantSchema = Type.Object({ id: UuidSchema, areaCode: Type.String() });

const Person = Type.Union([
  Type.Object({ id: Type.Optional(Type.String()), name: Type.String(), email: Type.String() }),
  Type.Null(),
]);
export const ReportSchema = Type.Object({
  id: UuidSchema,
  reason: Type.String(),
  note: Type.String(),
  quoted: Type.String({ description: 'What was reported, as it was when reported' }),
  createdAt: DateTimeSchema,
  handledAt: Nullable(DateTimeSchema),
  introductionId: Type.Union([Type.String(), Type.Null()]),
  messageId: Type.Union([Type.String(), Type.Null()]),
  reporter: Person,
  reported: Person,
  reportsAboutReported: Type.Integer({ description: 'All reports about the same account' }),
});
