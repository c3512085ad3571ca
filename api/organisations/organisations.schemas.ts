import { Type, type Static } from '@sinclair/typebox';
import { EmailSchema, TokenSchema } from '../auth/auth.schemas.ts';
import { StringEnum, TagKeysSchema } from '../shared/schemas.ts';
import { LatSchema, LngSchema } from '../shared/geojson.schemas.ts';

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
    description: Type.String(),
    website: Type.Union([Type.String(), Type.Null()]),
    tags: Type.Array(Type.String()),
    location: Type.Union([Type.Object({ lng: Type.Number(), lat: Type.Number() }), Type.Null()], { description: 'Public, exact' }),
    buurt: Type.Union([Type.Object({ code: Type.String(), name: Type.String() }), Type.Null()]),
    stillActive: Type.Boolean(),
  },
  { $id: 'Organisation' },
);

export const UpdateOrganisationBodySchema = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' })),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    website: Type.Optional(Type.String({ maxLength: 300, pattern: '^https?://\\S+$' })),
    tags: Type.Optional(TagKeysSchema),
    location: Type.Optional(Type.Object({ lng: LngSchema, lat: LatSchema }, { additionalProperties: false })),
  },
  { additionalProperties: false, minProperties: 1 },
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
export type UpdateOrganisationBody = Static<typeof UpdateOrganisationBodySchema>;
export type OrganisationKind = Static<typeof OrganisationKindSchema>;
export type Member = Static<typeof MemberSchema>;
export type Invitation = Static<typeof InvitationSchema>;
