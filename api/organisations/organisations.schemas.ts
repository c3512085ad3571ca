import { Type, type Static } from '@sinclair/typebox';
import { TokenSchema } from '../auth/auth.schemas.ts';
import {
  AreaRefSchema,
  DateTimeSchema,
  EmailSchema,
  Nullable,
  StringEnum,
  TagKeysSchema,
  UuidSchema,
  WordsSchema,
} from '../shared/schemas.ts';
import { LatSchema, LngSchema } from '../shared/geojson.schemas.ts';

const OrganisationKindSchema = StringEnum(['association', 'initiative', 'institution', 'business'], {
  description: 'association (vereniging), initiative (initiatief), institution (instelling), business (ondernemer)',
});

export const OrganisationSchema = Type.Object(
  {
    id: UuidSchema,
    name: Type.String(),
    kind: OrganisationKindSchema,
    memberCount: Type.Integer(),
    createdAt: DateTimeSchema,
    description: Type.String(),
    website: Type.Union([Type.String(), Type.Null()]),
    tags: Type.Array(Type.String()),
    location: Type.Union([Type.Object({ lng: Type.Number(), lat: Type.Number() }), Type.Null()], {
      description: 'Public, exact',
    }),
    buurt: Nullable(AreaRefSchema),
    stillActive: Type.Boolean(),
  },
  { $id: 'Organisation' },
);

export const UpdateOrganisationBodySchema = Type.Object(
  {
    name: Type.Optional(WordsSchema(120)),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    website: Type.Optional(Type.String({ maxLength: 300, pattern: '^https?://\\S+$' })),
    tags: Type.Optional(TagKeysSchema),
    location: Type.Optional(Type.Object({ lng: LngSchema, lat: LatSchema }, { additionalProperties: false })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const CreateOrganisationBodySchema = Type.Object(
  { name: WordsSchema(120), kind: OrganisationKindSchema },
  { additionalProperties: false },
);
export const MemberParamsSchema = Type.Object({ id: UuidSchema, userId: UuidSchema });

export const MemberSchema = Type.Object({
  userId: UuidSchema,
  displayName: Type.String(),
  role: Type.Union([Type.Literal('owner'), Type.Literal('member')]),
  joinedAt: DateTimeSchema,
});

export const InviteBodySchema = Type.Object({ email: EmailSchema }, { additionalProperties: false });
export const InvitationSchema = Type.Object({
  id: UuidSchema,
  email: Type.String(),
  expiresAt: DateTimeSchema,
});
export const AcceptInvitationBodySchema = Type.Object({ token: TokenSchema }, { additionalProperties: false });

export type Organisation = Static<typeof OrganisationSchema>;
export type UpdateOrganisationBody = Static<typeof UpdateOrganisationBodySchema>;
export type OrganisationKind = Static<typeof OrganisationKindSchema>;
export type Member = Static<typeof MemberSchema>;
export type Invitation = Static<typeof InvitationSchema>;
