import { Type } from '@sinclair/typebox';

export const OutboxMessageSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  to: Type.String(),
  kind: Type.String(),
  subject: Type.String(),
  body: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  sentAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export const OutboxQuerySchema = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })) },
  { additionalProperties: false },
);

export const AdminUserSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  displayName: Type.String(),
  isAdmin: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  connectorAreas: Type.Array(Type.Object({ id: Type.String(), code: Type.String() })),
});
export const UsersQuerySchema = Type.Object({ q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) }, { additionalProperties: false });
export const UserParamsSchema = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const GrantParamsSchema = Type.Object({ id: Type.String({ format: 'uuid' }), grantId: Type.String({ format: 'uuid' }) });
export const GrantBodySchema = Type.Object(
  { areaCode: Type.String({ pattern: '^(BU[0-9]{8}|WK[0-9]{6})$', description: 'A buurt (BU…) or wijk (WK…) code' }) },
  { additionalProperties: false },
);
export const GrantSchema = Type.Object({ id: Type.String({ format: 'uuid' }), areaCode: Type.String() });

const Person = Type.Union([Type.Object({ id: Type.Optional(Type.String()), name: Type.String(), email: Type.String() }), Type.Null()]);
export const ReportSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  reason: Type.String(),
  note: Type.String(),
  quoted: Type.String({ description: 'What was reported, as it was when reported' }),
  createdAt: Type.String({ format: 'date-time' }),
  handledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  introductionId: Type.Union([Type.String(), Type.Null()]),
  messageId: Type.Union([Type.String(), Type.Null()]),
  reporter: Person,
  reported: Person,
  reportsAboutReported: Type.Integer({ description: 'All reports about the same account' }),
});
