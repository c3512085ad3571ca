import { Type, type Static } from '@sinclair/typebox';
import { EmailSchema, LanguageSchema, UuidSchema, WordsSchema } from '../shared/schemas.ts';

export const PasswordSchema = Type.String({
  minLength: 10,
  maxLength: 200,
  description: 'At least 10 characters. A sentence of a few words is strong and easy to remember.',
});
export const DisplayNameSchema = WordsSchema(80, { description: 'The name others see' });
export const TokenSchema = Type.String({
  minLength: 20,
  maxLength: 200,
  pattern: '^[A-Za-z0-9_-]+$',
  description: 'From the link in the e-mail',
});

export const SignupBodySchema = Type.Object(
  {
    email: EmailSchema,
    password: PasswordSchema,
    displayName: DisplayNameSchema,
    language: Type.Optional(LanguageSchema),
  },
  { additionalProperties: false },
);
export const LoginBodySchema = Type.Object(
  { email: EmailSchema, password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export const EmailBodySchema = Type.Object({ email: EmailSchema }, { additionalProperties: false });
export const PasswordResetConfirmBodySchema = Type.Object(
  { token: TokenSchema, password: PasswordSchema },
  { additionalProperties: false },
);
export const TokenBodySchema = Type.Object({ token: TokenSchema }, { additionalProperties: false });

export const SessionUserSchema = Type.Object({
  id: UuidSchema,
  displayName: Type.String(),
  language: LanguageSchema,
  isAdmin: Type.Boolean(),
  isConnector: Type.Boolean(),
});
export const SessionSchema = Type.Object({ user: Type.Union([SessionUserSchema, Type.Null()]) }, { $id: 'Session' });
export const CsrfTokenSchema = Type.Object({ token: Type.String() });
export const AcceptedSchema = Type.Object({ message: Type.String() });

export type SignupBody = Static<typeof SignupBodySchema>;
export type Session = Static<typeof SessionSchema>;
