import { Type } from '@sinclair/typebox';
import { AreaCodeSchema, DateTimeSchema, LimitSchema, Nullable, StringEnum, UuidSchema } from '../shared/schemas.ts';

export const OutboxMessageSchema = Type.Object({
  id: UuidSchema,
  to: Type.String(),
  kind: Type.String(),
  subject: Type.String(),
  body: Type.String(),
  createdAt: DateTimeSchema,
  sentAt: Nullable(DateTimeSchema),
});
export const OutboxQuerySchema = Type.Object(
  { limit: Type.Optional(LimitSchema(500, { default: 100 })) },
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
