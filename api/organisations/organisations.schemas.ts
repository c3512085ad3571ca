import { Type, type Static } from '@sinclair/typebox';
import { EmailSchema, TokenSchema } from '../auth/auth.schemas.ts';
import { StringEnum } from '../shared/schemas.ts';

export const OrganisationKindSchema = StringEnum(['association', 'initiative', 'institution', 'business'], {
  description: 'association (vereniging), initiative (initiatief), institution (instelling), business (ondernemer)' },
);

export const OrganisationSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    kind: OrganisationKindSchema,
    memberCount: Type.Integer(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Organisation' },
);

export const CreateOrganisationBodySchema = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' }), kind: OrganisationKindSchema },
  { additionalProperties: false },
);
export const OrganisationParamsSchema = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const MemberParamsSchema = Type.Object({ id: Type.String({ format: 'uuid' }), userId: Type.String({ format: 'uuid' }) });

export const MemberSchema = Type.Object({
  userId: Type.String({ format: 'uuid' }),
  displayName: Type.String(),
  role: Type.Union([Type.Literal('owner'), Type.Literal('member')]),
  joinedAt: Type.String({ format: 'date-time' }),
});

export const InviteBodySchema = Type.Object({ email: EmailSchema }, { additionalProperties: false });
export const InvitationSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  expiresAt: Type.String({ format: 'date-time' }),
});
export const AcceptInvitationBodySchema = Type.Object({ token: TokenSchema }, { additionalProperties: false });

export type Organisation = Static<typeof OrganisationSchema>;
export type OrganisationKind = Static<typeof OrganisationKindSchema>;
export type Member = Static<typeof MemberSchema>;
export type Invitation = Static<typeof InvitationSchema>;
