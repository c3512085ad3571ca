import { Type, type Static } from '@sinclair/typebox';
import { DisplayNameSchema, PasswordSchema } from '../auth/auth.schemas.ts';
import { LatSchema, LngSchema } from '../shared/geojson.schemas.ts';
import { BuurtCodeSchema, DateTimeSchema, LanguageSchema, Nullable, UuidSchema } from '../shared/schemas.ts';

export const MeSchema = Type.Object(
  {
    id: UuidSchema,
    email: Type.String({ description: 'Never shown to anyone else' }),
    displayName: Type.String(),
    language: LanguageSchema,
    emailVerified: Type.Boolean(),
    isAdmin: Type.Boolean(),
    createdAt: DateTimeSchema,
    homeBuurt: Nullable(
      Type.Object({ code: Type.String(), name: Type.String(), wijkCode: Type.String(), wijkName: Type.String() }),
    ),
    homeLocation: Nullable(
      Type.Object(
        { lng: Type.Number(), lat: Type.Number() },
        { description: 'Your exact point: only you ever see it' },
      ),
    ),
    homeLocationConsent: Nullable(Type.Object({ textVersion: Type.String(), givenAt: DateTimeSchema })),
    organisations: Type.Array(
      Type.Object({
        id: Type.String(),
        name: Type.String(),
        kind: Type.String(),
        role: Type.Union([Type.Literal('owner'), Type.Literal('member')]),
      }),
    ),
    connectorAreas: Type.Array(
      Type.Object({
        id: Type.String(),
        type: Type.Union([Type.Literal('buurt'), Type.Literal('wijk')]),
        code: Type.String(),
        name: Type.String(),
      }),
    ),
  },
  { $id: 'Me' },
);

export const UpdateMeBodySchema = Type.Object(
  {
    displayName: Type.Optional(DisplayNameSchema),
    language: Type.Optional(LanguageSchema),
    homeBuurtCode: Type.Optional(Nullable(BuurtCodeSchema, { description: 'Your buurt; null to remove it' })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const ChangePasswordBodySchema = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: PasswordSchema },
  { additionalProperties: false },
);

export const ConsentTextSchema = Type.Object({
  purpose: Type.String(),
  version: Type.String(),
  nl: Type.String(),
  en: Type.String(),
});

export const HomeLocationBodySchema = Type.Object(
  {
    lng: Type.Optional(LngSchema),
    lat: Type.Optional(LatSchema),
    address: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'Instead of lng and lat: the id of an address or postcode from GET /api/geocoder/suggestions',
      }),
    ),
    consentTextVersion: Type.String({ maxLength: 40, description: 'The version of the consent text you agreed to' }),
  },
  { additionalProperties: false },
);

export const DeleteMeBodySchema = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: 200, description: 'Your password, to confirm' }) },
  { additionalProperties: false },
);

export const SessionInfoSchema = Type.Object({
  id: UuidSchema,
  createdAt: DateTimeSchema,
  lastSeenAt: DateTimeSchema,
  expiresAt: DateTimeSchema,
  userAgent: Type.Union([Type.String(), Type.Null()]),
  current: Type.Boolean(),
});

export type Me = Static<typeof MeSchema>;
export type UpdateMeBody = Static<typeof UpdateMeBodySchema>;
export type SessionInfo = Static<typeof SessionInfoSchema>;
